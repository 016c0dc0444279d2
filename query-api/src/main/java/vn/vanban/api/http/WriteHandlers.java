package vn.vanban.api.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vanban.corpus.model.OfficialDocument;
import vn.vanban.corpus.read.DocumentReader;
import vn.vanban.search.StoredDocument;

/**
 * POST /api/documents and DELETE /api/documents/{id}: the requests that change the index. Each
 * checks the write token first, before reading anything of the request.
 */
final class WriteHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(WriteHandlers.class);

    /** The largest text accepted: the largest document the reader reads. */
    static final long MAX_BYTES = DocumentReader.MAX_BYTES;
    static final int MAX_LABEL = 200;

    private WriteHandlers() {}

    /** POST /api/documents?name=: the body is the document's text; 201 with where it is now, 200 if it was there. */
    static Handler add(DocumentStore store, WriteToken token) {
        return ctx -> {
            token.check(ctx);
            String label = label(ctx);
            checkContentType(ctx);
            if (ctx.req().getContentLengthLong() > MAX_BYTES) {
                throw tooLarge(); // before reading any of it
            }
            byte[] text;
            try {
                text = ctx.bodyAsBytes(); // at most maxRequestSize, also when the length was not declared
            } catch (HttpResponseException e) {
                throw e.getStatus() == 413 ? tooLarge() : e;
            }
            long started = System.nanoTime();
            DocumentStore.Added added = busyAware(ctx, () -> store.add(text));
            StoredDocument d = added.document();
            OfficialDocument r = d.reading();
            String location = "/api/documents/" + d.id();
            LOG.info("{} document {} ({}, {} bytes{}) in {} ms", added.created() ? "added" : "already had", d.id(),
                    r.numberSymbol(), text.length, label == null ? "" : ", labelled '" + label + "'",
                    (System.nanoTime() - started) / 1_000_000);
            ctx.status(added.created() ? 201 : 200);
            ctx.header("Location", location);
            ctx.json(new Views.Added(d.id(), r.numberSymbol(), r.type(), r.issuer(), r.date(), r.subject(), r.file(),
                    label, location));
        };
    }

    /** DELETE /api/documents/{id}: removes a document added through the API; 204. */
    static Handler remove(DocumentStore store, WriteToken token) {
        return ctx -> {
            token.check(ctx);
            String id = ctx.pathParam("id");
            if (id.length() > 300) {
                throw ApiException.notFound("no document with such an id is indexed", "Không có văn bản nào mang mã này trong chỉ mục.");
            }
            long started = System.nanoTime();
            busyAware(ctx, () -> {
                store.remove(id);
                return null;
            });
            LOG.info("removed document {} in {} ms", id, (System.nanoTime() - started) / 1_000_000);
            ctx.status(204);
        };
    }

    private interface Write<T> {
        T run() throws Exception;
    }

    /** Runs a write; a 503 (the index busy) tells the client when to try again. */
    private static <T> T busyAware(Context ctx, Write<T> write) throws Exception {
        try {
            return write.run();
        } catch (ApiException e) {
            if (e.status() == 503) {
                ctx.header("Retry-After", String.valueOf(DocumentStore.RETRY_AFTER_SECONDS));
            }
            throw e;
        }
    }

    /** The name parameter: a label for the log and the answer, never a path; at most 200 characters, no control characters. */
    private static String label(Context ctx) {
        String label = Params.text(ctx, "name", MAX_LABEL);
        if (label == null || label.isBlank()) {
            return null;
        }
        if (label.codePoints().anyMatch(Character::isISOControl)) {
            throw ApiException.badRequest("'name' must not contain control characters", "Tên tệp (name) không được chứa ký tự điều khiển.");
        }
        return label.strip();
    }

    /** The text as the body: text/plain (any charset; the reader detects it) or bytes; not a form. */
    private static void checkContentType(Context ctx) {
        String type = ctx.contentType();
        if (type == null || type.isBlank()) {
            return;
        }
        String t = type.toLowerCase(Locale.ROOT).strip();
        if (t.startsWith("text/") || t.startsWith("application/octet-stream")) {
            return;
        }
        throw new ApiException(415, "Unsupported Media Type", "send the document's text as the body, with Content-Type:"
                + " text/plain; charset=utf-8 (curl --data-binary @file.txt), not " + type);
    }

    private static ApiException tooLarge() {
        return new ApiException(413, "Content Too Large",
                "the text is larger than " + MAX_BYTES + " bytes, the most a document may be");
    }
}
