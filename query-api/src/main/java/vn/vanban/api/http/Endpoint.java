package vn.vanban.api.http;

import io.javalin.http.Handler;
import java.lang.reflect.Type;
import java.util.List;

/**
 * A GET endpoint of the API, declared once: the route Javalin serves and the entry of the OpenAPI
 * document are both made from it. {@code response} is the JSON shape (a record), or null with
 * {@code contentType} for text answers.
 */
record Endpoint(String path, String summary, List<Param> params, Type response, String contentType, Handler handler) {

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
