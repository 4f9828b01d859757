package org.oxpip.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping leaves nothing behind, and leftovers are only ever our own processes. Uses sh and sleep. */
class ManagedProcessTest {

    @TempDir
    Path data;

    private ManagedProcess start(String name, String script) {
        ManagedProcess p = new ManagedProcess(name, data.resolve("logs"), new Lifecycle());
        p.start(new ProcessBuilder("sh", "-c", script));
        return p;
    }

    @Test
    void stopEndsTheWholeTree() throws Exception {
        // Like kc.sh: a shell whose child does the work.
        ManagedProcess p = start("tree", "echo started; sleep 60 & wait");
        waitForLog(p, "started");
        List<ProcessHandle> tree =
                ProcessHandle.of(p.pid()).orElseThrow().descendants().toList();
        assertFalse(tree.isEmpty());
        assertTrue(p.rssKb().orElse(0) > 0);

        p.stop(Duration.ofSeconds(5));

        assertFalse(p.isAlive());
        tree.forEach(child -> assertFalse(child.isAlive(), "child " + child.pid() + " survived"));
        assertFalse(Files.exists(data.resolve("pids/tree.pid")));
    }

    @Test
    void leftoverFromAKilledLauncherIsStopped() throws Exception {
        ManagedProcess p = start("leftover", "exec sleep 60");
        long pid = p.pid();
        // The launcher "dies": the pid file stays, nobody calls stop().
        ManagedProcess.stopLeftover("leftover", data.resolve("logs"));
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void aPidFileNeverStopsSomeoneElsesProcess() throws Exception {
        ManagedProcess p = start("reused", "exec sleep 60");
        try {
            // Same pid, different start time: the pid was reused by another program.
            Path pidFile = data.resolve("pids/reused.pid");
            Files.writeString(pidFile, p.pid() + " 12345\n");
            ManagedProcess.stopLeftover("reused", data.resolve("logs"));
            assertTrue(p.isAlive());
        } finally {
            p.stop(Duration.ofSeconds(5));
        }
    }

    @Test
    void aDeadProcessIsReportedWithItsLog() throws Exception {
        ManagedProcess p = start("crasher", "echo 'boom: no database'; exit 3");
        ProcessHandle.of(p.pid()).ifPresent(h -> h.onExit().join());
        Thread.sleep(100);
        StackException e = assertThrows(StackException.class, () -> p.checkAlive("before it was ready"));
        assertTrue(e.getMessage().contains("code 3"), e.getMessage());
        assertTrue(e.getMessage().contains("boom: no database"), e.getMessage());
    }

    @Test
    void nothingStartsOnceTheStackIsClosing() {
        Lifecycle lifecycle = new Lifecycle();
        assertTrue(lifecycle.close());
        assertFalse(lifecycle.close());
        ManagedProcess p = new ManagedProcess("late", data.resolve("logs"), lifecycle);
        assertThrows(StackException.class, () -> p.start(new ProcessBuilder("sleep", "60")));
        assertFalse(p.isAlive());
    }

    @Test
    void oneLauncherPerDataDir() {
        try (DataDirLock first = DataDirLock.acquire(data)) {
            StackException e = assertThrows(StackException.class, () -> DataDirLock.acquire(data));
            assertTrue(e.getMessage().contains("Another local stack is running"), e.getMessage());
        }
        DataDirLock.acquire(data).close(); // released: free again
    }

    private static void waitForLog(ManagedProcess p, String text) throws Exception {
        for (int i = 0; i < 50; i++) {
            if (Files.exists(p.logFile()) && Files.readString(p.logFile()).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        assertEquals(text, Files.readString(p.logFile()));
    }
}
