package dev.opencif.server;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The embedded database's directory holds personal data: it is created (or narrowed to) owner-only {@code rwx------},
 * and the files in it to {@code rw-------}, so no other account on the machine can read them. On a file system without
 * POSIX permissions nothing is changed.
 */
final class DataDirectory {
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private DataDirectory() {
    }

    /** Creates {@code dir} if needed, owner-only. */
    static void prepare(Path dir) {
        try {
            if (posix()) {
                if (!Files.isDirectory(dir)) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(DIRECTORY));
                }
                Files.setPosixFilePermissions(dir, DIRECTORY);
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot create the data directory " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /** Makes every regular file directly in {@code dir} owner-only read/write (the database, its trace, credentials). */
    static void restrictFiles(Path dir) {
        if (!posix()) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, FILE);
                }
            }
        } catch (IOException e) {
            throw new ConfigException("cannot restrict the files in " + dir.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
