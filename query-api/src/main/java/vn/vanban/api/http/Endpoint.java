package vn.vanban.api.http;

import io.javalin.http.Handler;
import java.lang.reflect.Type;
import java.util.List;

/**
 * An endpoint of the API, declared once: the route Javalin serves and the entry of the OpenAPI
 * document are both made from it. {@code method} is get, post or delete; {@code body} what a
 * request carries (null for none); {@code response} the JSON shape (a record), or null with
 * {@code contentType} for text answers or none; {@code statuses} the successful answers, the
 * usual one first; {@code secured}: the request needs the write token (a bearer token).
 */
record Endpoint(String method, String path, String summary, List<Param> params, Body body, Type response,
        String contentType, List<Integer> statuses, boolean secured, Handler handler) {

    /** A GET answering 200, open to all. */
    Endpoint(String path, String summary, List<Param> params, Type response, String contentType, Handler handler) {
        this("get", path, summary, params, null, response, contentType, List.of(200), false, handler);
    }

    /** A request that changes the index: needs the write token. */
    static Endpoint write(String method, String path, String summary, List<Param> params, Body body, Type response,
            List<Integer> statuses, Handler handler) {
        return new Endpoint(method, path, summary, params, body, response, null, statuses, true, handler);
    }

    /** What a request carries: its media type and what it is. */
    record Body(String contentType, String description) {}

    /** A parameter: in the path or the query; {@code type} string, integer, number or date; {@code values} for enums. */
    record Param(String name, boolean inPath, String type, boolean required, String description, List<String> values) {

        static Param path(String name, String description) {
            return new Param(name, true, "string", true, description, List.of());
        }

        static Param query(String name, String type, String description) {
            return new Param(name, false, type, false, description, List.of());
        }

        static Param required(String name, String type, String description) {
            return new Param(name, false, type, true, description, List.of());
        }

        static Param choice(String name, String description, String... values) {
            return new Param(name, false, "string", false, description, List.of(values));
        }
    }
}
