package vn.vanban.api.http;

import java.util.Map;

/**
 * The one JSON error shape of the API (RFC 9457, application/problem+json), with one extension
 * member: {@code detailVi}, the detail in Vietnamese, which the web page shows its users.
 */
public record Problem(String type, String title, int status, String detail, String detailVi) {

    public static final String CONTENT_TYPE = "application/problem+json";

    /** What each status means to a reader of the page, when no more is said. */
    private static final Map<Integer, String> GENERAL_VI = Map.ofEntries(
            Map.entry(400, "Yêu cầu không hợp lệ."),
            Map.entry(401, "Cần mã ghi để thực hiện thao tác này."),
            Map.entry(404, "Không tìm thấy địa chỉ này."),
            Map.entry(405, "Địa chỉ này không nhận kiểu yêu cầu này."),
            Map.entry(409, "Yêu cầu xung đột với dữ liệu hiện có."),
            Map.entry(413, "Yêu cầu lớn hơn mức máy chủ nhận."),
            Map.entry(414, "Địa chỉ quá dài: từ khóa tìm kiếm tối đa 1.000 ký tự."),
            Map.entry(415, "Kiểu nội dung không được hỗ trợ."),
            Map.entry(422, "Không đọc được nội dung thành một văn bản."),
            Map.entry(429, "Quá nhiều yêu cầu; xin thử lại sau một phút."),
            Map.entry(431, "Phần đầu của yêu cầu lớn hơn mức máy chủ nhận."),
            Map.entry(500, "Máy chủ gặp lỗi khi trả lời yêu cầu này; lỗi đã được ghi lại."),
            Map.entry(503, "Máy chủ tạm thời chưa trả lời được; xin thử lại sau ít phút."));

    public static Problem of(int status, String title, String detail) {
        return of(status, title, detail, null);
    }

    /** {@code detailVi} null: the status's general Vietnamese words. */
    public static Problem of(int status, String title, String detail, String detailVi) {
        String vi = detailVi != null ? detailVi : GENERAL_VI.getOrDefault(status, "Lỗi " + status + ".");
        return new Problem("about:blank", title, status, detail, vi);
    }
}
