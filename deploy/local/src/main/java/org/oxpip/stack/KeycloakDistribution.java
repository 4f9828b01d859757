package org.oxpip.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The Keycloak server distribution: the zip that the Maven build put in the local repository, unpacked
 * once into ~/.cache/oxpip/keycloak-VERSION and shared by every stack on the machine (its one-off build
 * step is the slow part of a first start, so it is worth keeping).
 */
final class KeycloakDistribution {

    private KeycloakDistribution() {}

    static String version() {
        return buildProperties().getProperty("keycloak.version", "26.7.3");
    }

    /** The unpacked distribution's directory (the one holding bin/kc.sh). */
    static Path ensureUnpacked() {
        String version = version();
        Path cache = LocalDatabase.cacheDir();
        Path home = cache.resolve("keycloak-" + version);
        Path marker = home.resolve(".oxpip-unpacked");
        if (Files.exists(marker)) {
            return home;
        }
        Path zip = locateZip(version);
        try {
            Files.createDirectories(cache);
            // Two launchers starting at once must not unpack over each other.
            try (FileChannel lockFile = FileChannel.open(
                            cache.resolve("keycloak-" + version + ".lock"),
                            StandardOpenOption.CREATE,
                            StandardOpenOption.WRITE);
                    FileLock ignored = lockFile.lock()) {
                if (Files.exists(marker)) {
                    return home;
                }
                Log.info("Keycloak: unpacking %s into %s (once)", zip.getFileName(), home);
                Path tmp = cache.resolve("keycloak-" + version + ".unpacking");
                deleteTree(tmp);
                deleteTree(home); // a half-unpacked leftover without the marker
                unzip(zip, tmp);
                Files.move(tmp.resolve("keycloak-" + version), home, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(tmp);
                Files.writeString(marker, zip + "\n");
            }
        } catch (IOException e) {
            throw new StackException(
                    "Could not unpack Keycloak from " + zip + " into " + home + ": " + e.getMessage(), e);
        }
        return home;
    }

    /**
     * -Doxpip.keycloak.zip, else the local repository this module was built with, else -Dmaven.repo.local,
     * else ~/.m2/repository.
     */
    static Path locateZip(String version) {
        String relative =
                "org/keycloak/keycloak-quarkus-dist/" + version + "/keycloak-quarkus-dist-" + version + ".zip";
        Stream<Path> candidates = Stream.of(
                        System.getProperty("oxpip.keycloak.zip"),
                        repoPath(buildProperties().getProperty("maven.repo.local"), relative),
                        repoPath(System.getProperty("maven.repo.local"), relative),
                        repoPath(
                                Path.of(System.getProperty("user.home"), ".m2", "repository")
                                        .toString(),
                                relative))
                .filter(p -> p != null && !p.isBlank() && !p.contains("${"))
                .map(Path::of);
        return candidates
                .filter(Files::isRegularFile)
                .findFirst()
                .orElseThrow(() -> new StackException("The Keycloak distribution (org.keycloak:keycloak-quarkus-dist:"
                        + version + ":zip) is not in the "
                        + "local Maven repository. Build the launcher once, which downloads it:\n"
                        + "  ./mvnw -B -pl deploy/local -am install -DskipTests\n"
                        + "or point -Doxpip.keycloak.zip=/path/to/keycloak-quarkus-dist-" + version + ".zip at it."));
    }

    private static String repoPath(String repo, String relative) {
        return repo == null || repo.isBlank() ? null : Path.of(repo, relative).toString();
    }

    private static void unzip(Path zip, Path target) throws IOException {
        Files.createDirectories(target);
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path out = root.resolve(entry.getName()).normalize();
                if (!out.startsWith(root)) {
                    throw new IOException("zip entry outside the target directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = zf.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
                // java.util.zip drops Unix modes; the distribution's only executables are its bin/*.sh scripts.
                if (entry.getName().contains("/bin/") && entry.getName().endsWith(".sh")) {
                    out.toFile().setExecutable(true, false);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) { // does not follow symbolic links
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Properties buildProperties() {
        Properties props = new Properties();
        try (InputStream in = KeycloakDistribution.class.getResourceAsStream("/oxpip-stack.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // defaults apply
        }
        return props;
    }
}
