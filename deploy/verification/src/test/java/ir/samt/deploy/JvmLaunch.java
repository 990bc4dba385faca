package ir.samt.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts this machine's java (the JDK 17 running the tests) with given options and reports how it went. */
record JvmLaunch(int exitCode, String output) {

    static JvmLaunch run(List<String> options, String... trailing) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of(trailing));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("java did not finish: " + command);
            }
            return new JvmLaunch(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The value java reports for a boolean -XX flag after applying the options (-XX:+PrintFlagsFinal). */
    boolean flag(String name) {
        return output.lines().filter(l -> l.matches("\\s*bool\\s+" + name + "\\s+=.*"))
                .anyMatch(l -> l.matches(".*=\\s+true\\s.*"));
    }
}
