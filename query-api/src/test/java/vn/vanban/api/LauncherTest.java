package vn.vanban.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher (./vanban) obeys the JDK it is told to use, as the README says: VANBAN_JAVA_HOME,
 * then JAVA_HOME, before any JDK it could find itself, and says why it refuses one. Checked with
 * `./vanban jdk`, which prints the JDK chosen and builds nothing. The JDKs named are stand-ins: a
 * folder whose java reports the version given and runs the JDK running this test otherwise.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("..", "vanban").toAbsolutePath().normalize();
    private static final Path REAL = Path.of(System.getProperty("java.home"));

    private record Run(int exit, String out, String err) {}

    private static Run launch(Map<String, String> env) throws Exception {
        ProcessBuilder b = new ProcessBuilder("bash", LAUNCHER.toString(), "jdk");
        b.environment().remove("VANBAN_JAVA_HOME");
        b.environment().remove("JAVA_HOME");
        b.environment().putAll(env);
        Process p = b.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return new Run(p.waitFor(), out, err);
    }

    /** A JDK home whose java says it is version {@code major}. */
    private static Path jdk(Path dir, String name, int major) throws Exception {
        Path bin = Files.createDirectories(dir.resolve(name).resolve("bin"));
        for (String tool : new String[] {"java", "javac"}) {
            Path f = bin.resolve(tool);
            Files.writeString(f, "#!/usr/bin/env bash\n"
                    + "case \"$*\" in *-XshowSettings*) echo '    java.specification.version = " + major + "'; exit 0;; esac\n"
                    + "exec '" + REAL.resolve("bin").resolve(tool) + "' \"$@\"\n");
            Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return dir.resolve(name);
    }

    @Test
    void aJdkNamedIsUsedBeforeANewerOneFound(@TempDir Path dir) throws Exception {
        Path named = jdk(dir, "jdk-21", 21); // older than the JDK running this test (21+), which the launcher finds too
        Run r = launch(Map.of("VANBAN_JAVA_HOME", named.toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals(named.toString(), r.out(), "VANBAN_JAVA_HOME is obeyed");
        r = launch(Map.of("JAVA_HOME", named.toString()));
        assertEquals(named.toString(), r.out(), "JAVA_HOME is obeyed");
        Path other = jdk(dir, "jdk-22", 22);
        r = launch(Map.of("VANBAN_JAVA_HOME", named.toString(), "JAVA_HOME", other.toString()));
        assertEquals(named.toString(), r.out(), "VANBAN_JAVA_HOME before JAVA_HOME");
    }

    @Test
    void aJdkTooOldIsRefusedSayingSo(@TempDir Path dir) throws Exception {
        Path old = jdk(dir, "jdk-17", 17);
        Run r = launch(Map.of("VANBAN_JAVA_HOME", old.toString()));
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().contains("VANBAN_JAVA_HOME=" + old + " is Java 17"), r.err());
        r = launch(Map.of("VANBAN_JAVA_HOME", dir.resolve("nowhere").toString()));
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("is not a JDK"), r.err());
        // JAVA_HOME too old: said, and another JDK (21+) is found instead.
        r = launch(Map.of("JAVA_HOME", old.toString()));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("JAVA_HOME=" + old + " is Java 17"), r.err());
        assertTrue(!r.out().equals(old.toString()) && !r.out().isEmpty(), r.out());
    }
}
