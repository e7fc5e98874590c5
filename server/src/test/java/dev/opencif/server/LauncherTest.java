package dev.opencif.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documented way to run the server: {@code server/opencif-server} with the flags of {@code server/jvm.options}
 * (docs/adr/009-server-jvm-flags.md). The launcher runs under a stand-in {@code java} that prints its arguments.
 */
class LauncherTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
    private static final Path LAUNCHER = MODULE.resolve("opencif-server");
    private static final Path JVM_OPTIONS = MODULE.resolve("jvm.options");

    @TempDir
    Path dir;

    @Test
    void this_jvm_accepts_every_flag_of_jvm_options() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Result result = run(List.of(java.toString(), "@" + JVM_OPTIONS, "-version"), Map.of());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).doesNotContain("Unrecognized", "Error", "warning");
    }

    @Test
    void the_server_jar_carries_the_launchers_flags_for_the_benchmark() throws IOException {
        try (InputStream in = OpenCifServer.class.getResourceAsStream("/dev/opencif/server/jvm.options")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(Files.readString(JVM_OPTIONS));
        }
    }

    @Test
    void the_launcher_passes_the_flags_file_the_archive_java_opts_then_the_server_options() throws Exception {
        Path jar = Files.createFile(dir.resolve("opencif-server.jar"));
        Path archive = Files.createFile(dir.resolve("opencif-server.jsa"));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-15T10:00:00Z")));
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2026-01-15T10:00:05Z")));
        Result result = run(List.of("sh", LAUNCHER.toString(), "--demo", "--port", "9090"),
                Map.of("JAVA_HOME", fakeJavaHome().toString(), "OPENCIF_JAR", jar.toString(), "JAVA_OPTS", "-Xmx1g -Dx=y"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().lines().toList()).containsExactly("@" + JVM_OPTIONS.toRealPath(),
                "-XX:SharedArchiveFile=" + archive, "-Xmx1g", "-Dx=y", "-jar", jar.toString(), "--demo", "--port", "9090");
    }

    @Test
    void without_an_archive_the_launcher_starts_without_one() throws Exception {
        Path jar = Files.createFile(dir.resolve("opencif-server.jar"));
        Result result = run(List.of("sh", LAUNCHER.toString()), Map.of("JAVA_HOME", fakeJavaHome().toString(), "OPENCIF_JAR", jar.toString()));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().lines().toList()).containsExactly("@" + JVM_OPTIONS.toRealPath(), "-jar", jar.toString());
    }

    @Test
    void an_archive_older_than_the_jar_is_a_leftover_and_left_out() throws Exception {
        Path jar = Files.createFile(dir.resolve("opencif-server.jar"));
        Path archive = Files.createFile(dir.resolve("opencif-server.jsa"));
        Files.setLastModifiedTime(archive, FileTime.from(Instant.parse("2026-01-15T10:00:00Z")));
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-15T10:00:05Z")));
        Result result = run(List.of("sh", LAUNCHER.toString()), Map.of("JAVA_HOME", fakeJavaHome().toString(), "OPENCIF_JAR", jar.toString()));
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output().lines().toList()).containsExactly("@" + JVM_OPTIONS.toRealPath(), "-jar", jar.toString());
    }

    @Test
    void the_launcher_says_how_to_build_a_missing_jar() throws Exception {
        Result result = run(List.of("sh", LAUNCHER.toString()),
                Map.of("JAVA_HOME", fakeJavaHome().toString(), "OPENCIF_JAR", dir.resolve("missing.jar").toString()));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("missing.jar", "mvn -q -DskipTests package");
    }

    /** A JAVA_HOME whose bin/java prints each argument on a line of its own. */
    private Path fakeJavaHome() throws IOException {
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return bin.getParent();
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("OPENCIF_JAR");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Result(process.exitValue(), output);
    }
}
