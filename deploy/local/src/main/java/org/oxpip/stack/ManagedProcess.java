package org.oxpip.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One child process of the stack (Keycloak or a service): output to a log file, a pid file so that a
 * later run can clean up after a launcher that was killed outright, and a stop that never leaves a
 * grandchild behind.
 */
final class ManagedProcess {

    private final String name;
    private final Lifecycle lifecycle;
    private final Path logFile;
    private final Path pidFile;
    private volatile Process process;
    private volatile boolean stopping;

    ManagedProcess(String name, Path logDir, Lifecycle lifecycle) {
        this.name = name;
        this.lifecycle = lifecycle;
        this.logFile = logDir.resolve(name + ".log");
        this.pidFile = logDir.getParent().resolve("pids").resolve(name + ".pid");
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    void start(ProcessBuilder builder) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(pidFile.getParent());
            // Keep the previous run's log beside the new one: it is often the one you want after a crash. Started
            // again within the same run (LocalStack.start(part)), it carries on in the same log.
            boolean again = process != null;
            if (!again && Files.exists(logFile)) {
                Files.move(
                        logFile, logFile.resolveSibling(name + ".previous.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            stopping = false;
            builder.redirectErrorStream(true);
            builder.redirectOutput(
                    again
                            ? ProcessBuilder.Redirect.appendTo(logFile.toFile())
                            : ProcessBuilder.Redirect.to(logFile.toFile()));
            builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            lifecycle.spawn(() -> process = builder.start()); // assigned under the lock: close() sees it
            Instant started = process.info().startInstant().orElse(Instant.EPOCH);
            Files.writeString(pidFile, process.pid() + " " + started.toEpochMilli() + "\n");
        } catch (StackException e) {
            throw e;
        } catch (Exception e) {
            throw new StackException("Could not start " + name + ": " + e.getMessage(), e);
        }
        process.onExit().thenAccept(p -> {
            if (!stopping) {
                Log.warn("%s exited unexpectedly with code %d; see %s", name, p.exitValue(), logFile);
            }
        });
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** Throws with the end of the log when the process has already died. */
    void checkAlive(String when) {
        if (process != null && !process.isAlive()) {
            throw new StackException(name + " exited with code " + process.exitValue() + " " + when + ".\nLog: "
                    + logFile + "\n--- last lines ---\n" + tail(40));
        }
    }

    /** SIGTERM, then SIGKILL for the whole tree after {@code grace}. */
    void stop(Duration grace) {
        if (process == null) {
            return;
        }
        stopping = true;
        stopTree(process.toHandle(), grace, name);
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // harmless: the next start checks that the pid still belongs to our process
        }
    }

    private static void stopTree(ProcessHandle handle, Duration grace, String name) {
        // Collected first: once the parent is gone its children are re-parented and harder to find.
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(handle);
        handle.descendants().forEach(tree::add);
        // SIGTERM to every member: kc.sh would forward it to Keycloak's JVM, but a child whose parent is
        // already gone would never get it.
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + grace.toNanos();
        boolean warned = false;
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception timeoutOrInterrupt) {
                if (!warned) {
                    Log.warn("%s did not stop within %ds: killing it", name, grace.toSeconds());
                    warned = true;
                }
                p.destroyForcibly();
                try {
                    p.onExit().get(5, TimeUnit.SECONDS); // SIGKILL is asynchronous: be sure before reporting "stopped"
                } catch (Exception e) {
                    Log.warn("%s: process %d did not die", name, p.pid());
                }
            }
        }
    }

    /**
     * Stops a process that an earlier launcher started and left running (it was killed before it could clean
     * up). Only a pid whose start time matches the pid file is ours; anything else is left alone.
     */
    static void stopLeftover(String name, Path logDir) {
        Path pidFile = logDir.getParent().resolve("pids").resolve(name + ".pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        try {
            String[] parts = Files.readString(pidFile).trim().split("\\s+");
            long pid = Long.parseLong(parts[0]);
            long startedMillis = Long.parseLong(parts[1]);
            Optional<ProcessHandle> leftover = ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h ->
                            h.info().startInstant().map(Instant::toEpochMilli).orElse(-1L) == startedMillis);
            if (leftover.isPresent()) {
                Log.warn("%s from an earlier run is still running (pid %d): stopping it", name, pid);
                stopTree(leftover.get(), Duration.ofSeconds(30), name);
            }
            Files.deleteIfExists(pidFile);
        } catch (IOException | RuntimeException e) {
            Log.warn("Could not check %s: %s", pidFile, e.getMessage());
        }
    }

    /** {@link #stopLeftover} for every pid file of a data dir (before it is wiped). */
    static void stopLeftoversIn(Path logDir) {
        Path pids = logDir.getParent().resolve("pids");
        if (!Files.isDirectory(pids)) {
            return;
        }
        try (Stream<Path> files = Files.list(pids)) {
            files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".pid"))
                    .forEach(n -> stopLeftover(n.substring(0, n.length() - 4), logDir));
        } catch (IOException e) {
            Log.warn("Could not check %s: %s", pids, e.getMessage());
        }
    }

    /** Resident memory of the process and its children in kB (Linux only). */
    OptionalLong rssKb() {
        if (process == null || !process.isAlive()) {
            return OptionalLong.empty();
        }
        return rssKb(process.toHandle());
    }

    static OptionalLong rssKb(ProcessHandle root) {
        long total = 0;
        boolean any = false;
        for (ProcessHandle p : (Iterable<ProcessHandle>) Stream.concat(Stream.of(root), root.descendants())::iterator) {
            OptionalLong rss = rssKb(p.pid());
            if (rss.isPresent()) {
                total += rss.getAsLong();
                any = true;
            }
        }
        return any ? OptionalLong.of(total) : OptionalLong.empty();
    }

    static OptionalLong rssKb(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.replaceAll("[^0-9]", ""))
                    .mapToLong(Long::parseLong)
                    .findFirst();
        } catch (IOException | UncheckedIOException e) {
            return OptionalLong.empty();
        }
    }

    String tail(int lines) {
        return tail(logFile, lines);
    }

    static String tail(Path file, int lines) {
        try {
            // Decoded leniently: a log may end in the middle of a multi-byte character.
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted");
        }
    }
}
