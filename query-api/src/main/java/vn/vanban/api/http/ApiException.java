package vn.vanban.api.http;

/**
 * An error the API answers with, as an RFC 9457 problem: status, short title, detail, and the
 * detail in Vietnamese for the web page and other front ends that show it to their users.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detailVi;

    /** {@code detailVi}: the detail in Vietnamese, or null for the status's general one. */
    public ApiException(int status, String title, String detail, String detailVi) {
        super(detail);
        this.status = status;
        this.title = title;
        this.detailVi = detailVi;
    }

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    public static ApiException badRequest(String detail, String detailVi) {
        return new ApiException(400, "Bad request", detail, detailVi);
    }

    public static ApiException notFound(String detail, String detailVi) {
        return new ApiException(404, "Not found", detail, detailVi);
    }

    /** No document with this id: the same words wherever a handler looks one up. */
    public static ApiException noDocument(String id) {
        return notFound("no document with id '" + id + "'", "Không có văn bản nào mang mã «" + id + "» trong chỉ mục.");
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detailVi() {
        return detailVi;
    }
}
