package ir.samt.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A second "node" on this machine: a Linux network namespace joined to this one by a veth pair, so a
 * process started in it talks to this machine over a link that can be cut. Cutting the link (the
 * namespace's end goes down) drops every packet silently, as when a node loses power: no FIN, no RST,
 * no ICMP reaches the other side, which learns of it only from its own timeouts. Needs root
 * ({@code ip netns}, iproute2).
 */
final class IsolatedHost implements AutoCloseable {

    private final String namespace;
    private final String hostInterface;
    private final String nodeInterface;
    private final String subnet;

    private IsolatedHost(String suffix, int subnetOctet) {
        this.namespace = "samt-node-" + suffix;
        this.hostInterface = "vh-" + suffix;
        this.nodeInterface = "vn-" + suffix;
        this.subnet = "10.231." + subnetOctet;
    }

    static boolean available() {
        return "0".equals(runForOutput("id", "-u").trim());
    }

    static IsolatedHost create() {
        int octet = ThreadLocalRandom.current().nextInt(1, 250);
        IsolatedHost host = new IsolatedHost(Integer.toString(octet), octet);
        try {
            run("ip", "netns", "add", host.namespace);
            run("ip", "link", "add", host.hostInterface, "type", "veth", "peer", "name", host.nodeInterface);
            run("ip", "link", "set", host.nodeInterface, "netns", host.namespace);
            run("ip", "addr", "add", host.hostAddress() + "/24", "dev", host.hostInterface);
            run("ip", "link", "set", host.hostInterface, "up");
            host.inNode("ip", "addr", "add", host.nodeAddress() + "/24", "dev", host.nodeInterface);
            host.inNode("ip", "link", "set", host.nodeInterface, "up");
            host.inNode("ip", "link", "set", "lo", "up");
            return host;
        } catch (RuntimeException e) {
            host.close();
            throw e;
        }
    }

    /** This machine's address on the link, as the node sees it. */
    String hostAddress() {
        return subnet + ".1";
    }

    /** The node's address, as this machine sees it. */
    String nodeAddress() {
        return subnet + ".2";
    }

    /** A command line that runs {@code command} inside the node. */
    List<String> inNodeCommand(List<String> command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        full.addAll(command);
        return full;
    }

    /** The node drops off the network: its end of the link goes down and packets vanish. */
    void cut() {
        inNode("ip", "link", "set", nodeInterface, "down");
    }

    private void inNode(String... command) {
        run(inNodeCommand(List.of(command)).toArray(String[]::new));
    }

    @Override
    public void close() {
        quietly("ip", "link", "del", hostInterface);
        quietly("ip", "netns", "del", namespace);
    }

    private static void run(String... command) {
        String output = runForOutput(command);
        if (output.startsWith("!")) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output.substring(1));
        }
    }

    private static void quietly(String... command) {
        runForOutput(command);
    }

    /** The command's output; prefixed with "!" when it exited non-zero. */
    private static String runForOutput(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "!timed out";
            }
            return process.exitValue() == 0 ? output : "!" + output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
