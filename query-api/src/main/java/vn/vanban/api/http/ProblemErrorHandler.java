package vn.vanban.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches Javalin (a URI or headers too long, a malformed
 * request line) in the API's one error shape instead of Jetty's HTML page, saying that the
 * connection closes.
 */
final class ProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper mapper;

    ProblemErrorHandler(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        String title = HttpStatus.getMessage(code);
        String detail = switch (code) {
            case 414 -> "the address is longer than this server accepts (a query of at most 1,000 characters is)";
            case 431 -> "the request's headers are larger than this server accepts";
            default -> message == null || message.isBlank() ? title : message;
        };
        byte[] body = mapper.writeValueAsBytes(Problem.of(code, title, detail, null));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        // Jetty closes the connection after a request it could not take: a keep-alive client must
        // be told, or it sends its next request on the closed socket and loses it.
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(body), callback);
    }
}
