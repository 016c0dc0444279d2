package vn.vanban.api.http;

import io.javalin.http.HttpStatus;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vanban.corpus.model.DocDate;

/**
 * The OpenAPI 3.1 document of the API, made from the endpoints' declarations and the records
 * they answer with (by reflection), so it cannot drift from the code.
 */
final class OpenApi {

    /** The name of the security scheme of the write endpoints. */
    private static final String BEARER = "writeToken";

    private OpenApi() {}

    static Map<String, Object> document(List<Endpoint> endpoints) {
        Map<String, Object> schemas = new LinkedHashMap<>();
        Map<String, Object> paths = new LinkedHashMap<>();
        boolean secured = false;
        for (Endpoint e : endpoints) {
            Map<String, Object> op = new LinkedHashMap<>();
            op.put("summary", e.summary());
            List<Object> params = new ArrayList<>();
            for (Endpoint.Param p : e.params()) {
                Map<String, Object> param = new LinkedHashMap<>();
                param.put("name", p.name());
                param.put("in", p.inPath() ? "path" : "query");
                param.put("required", p.required());
                param.put("description", p.description());
                Map<String, Object> schema = new LinkedHashMap<>();
                switch (p.type()) {
                    case "date" -> {
                        schema.put("type", "string");
                        schema.put("pattern", "^\\d{4}-\\d{2}(-\\d{2})?$");
                    }
                    default -> schema.put("type", p.type());
                }
                if (!p.values().isEmpty()) {
                    schema.put("enum", p.values());
                }
                param.put("schema", schema);
                params.add(param);
            }
            op.put("parameters", params);
            if (e.body() != null) {
                op.put("requestBody", Map.of("required", true, "description", e.body().description(),
                        "content", Map.of(e.body().contentType(), Map.of("schema", Map.of("type", "string")))));
            }
            if (e.secured()) {
                op.put("security", List.of(Map.of(BEARER, List.of())));
                secured = true;
            }
            Map<String, Object> responses = new LinkedHashMap<>();
            for (int status : e.statuses()) {
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("description", HttpStatus.forStatus(status).getMessage());
                if (status != 204) {
                    Map<String, Object> content = new LinkedHashMap<>();
                    if (e.response() != null) {
                        content.put("application/json", Map.of("schema", schema(e.response(), schemas)));
                    } else {
                        content.put(e.contentType(), Map.of("schema", Map.of("type", "string")));
                    }
                    answer.put("content", content);
                }
                responses.put(String.valueOf(status), answer);
            }
            responses.put("default", Map.of("description", "An error (RFC 9457)",
                    "content", Map.of(Problem.CONTENT_TYPE, Map.of("schema", schema(Problem.class, schemas)))));
            op.put("responses", responses);
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(e.path(), k -> new LinkedHashMap<>());
            item.put(e.method(), op);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put("info", Map.of("title", "vanban API", "version", "0.1.0",
                "description", "Search and citation graph over Vietnamese official documents."));
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        if (secured) {
            components.put("securitySchemes", Map.of(BEARER, Map.of("type", "http", "scheme", "bearer",
                    "description", "The server's write token (serve --write-token-file, or VANBAN_WRITE_TOKEN)")));
        }
        doc.put("components", components);
        return doc;
    }

    /** The JSON Schema of a Java type; records go to components and are referred to. */
    private static Map<String, Object> schema(Type t, Map<String, Object> components) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(p.getActualTypeArguments()[0], components));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schema(p.getActualTypeArguments()[1], components));
            }
            return schema(raw, components);
        }
        Class<?> c = (Class<?>) t;
        if (c == String.class) {
            return Map.of("type", "string");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return Map.of("type", "integer");
        }
        if (c == float.class || c == Float.class || c == double.class || c == Double.class) {
            return Map.of("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == DocDate.class) {
            return Map.of("type", "string", "pattern", "^\\d{4}-\\d{2}(-\\d{2})?$", "description", "a date, or a month when the day is blank");
        }
        if (c.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object v : c.getEnumConstants()) {
                values.add(jsonValue(v));
            }
            return Map.of("type", "string", "enum", values);
        }
        if (c.isRecord()) {
            String name = c.getSimpleName();
            if (!components.containsKey(name)) {
                components.put(name, Map.of()); // placeholder against cycles
                Map<String, Object> properties = new LinkedHashMap<>();
                for (RecordComponent rc : c.getRecordComponents()) {
                    properties.put(rc.getName(), schema(rc.getGenericType(), components));
                }
                components.put(name, Map.of("type", "object", "properties", properties));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of(); // any JSON value
    }

    private static String jsonValue(Object enumValue) {
        try {
            Method json = enumValue.getClass().getMethod("json");
            return (String) json.invoke(enumValue);
        } catch (ReflectiveOperationException e) {
            return ((Enum<?>) enumValue).name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
