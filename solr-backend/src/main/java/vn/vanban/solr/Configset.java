package vn.vanban.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** vanban's Solr configset (schema.xml, solrconfig.xml), kept as resources beside this class. */
public final class Configset {

    public static final String NAME = "vanban";
    private static final List<String> FILES = List.of("schema.xml", "solrconfig.xml");

    private Configset() {}

    /** The files written to {@code dir}, as Solr reads a configset's conf folder. */
    public static Path writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String f : FILES) {
            Files.write(dir.resolve(f), bytes(f));
        }
        return dir;
    }

    /** The configset as the zip Solr's configset API takes. */
    public static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String f : FILES) {
                z.putNextEntry(new ZipEntry(f));
                z.write(bytes(f));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String file) {
        try (InputStream in = Configset.class.getResourceAsStream("configset/" + file)) {
            if (in == null) {
                throw new IllegalStateException("configset/" + file + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
