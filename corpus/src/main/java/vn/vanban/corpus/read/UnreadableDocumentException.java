package vn.vanban.corpus.read;

/** A file that cannot be read as a document; the message names the file and says why. */
public class UnreadableDocumentException extends Exception {

    private final String file;
    private final String reason;

    public UnreadableDocumentException(String file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public String file() {
        return file;
    }

    public String reason() {
        return reason;
    }
}
