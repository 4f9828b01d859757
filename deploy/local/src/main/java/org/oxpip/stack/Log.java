package org.oxpip.stack;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** The launcher's own console output: plain lines, so it reads the same in a terminal and in a test report. */
final class Log {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private Log() {}

    static void info(String format, Object... args) {
        System.out.println(line("", format, args));
    }

    static void warn(String format, Object... args) {
        System.out.println(line("WARNING: ", format, args));
    }

    private static String line(String level, String format, Object... args) {
        return "[stack " + LocalTime.now().format(TIME) + "] " + level + String.format(format, args);
    }
}
