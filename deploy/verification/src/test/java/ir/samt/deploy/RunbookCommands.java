package ir.samt.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kubectl commands of a Markdown runbook and the resources they name. Reads fenced code blocks (joining
 * lines continued with a backslash) and inline code spans; splits at &&, ; and |. A name with a shell variable
 * or a {@code <placeholder>} is not a name. Commands that create (create, run, apply) name nothing to look up.
 */
final class RunbookCommands {

    /** A resource a command acts on, as written. */
    record Reference(String command, String kind, String name, String namespace) {
    }

    /** kubectl's short and plural names for the kinds the overlays contain. */
    static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("deploy", "Deployment"), Map.entry("deployment", "Deployment"),
            Map.entry("deployments", "Deployment"), Map.entry("svc", "Service"), Map.entry("service", "Service"),
            Map.entry("services", "Service"), Map.entry("cm", "ConfigMap"), Map.entry("configmap", "ConfigMap"),
            Map.entry("secret", "Secret"), Map.entry("secrets", "Secret"), Map.entry("pdb", "PodDisruptionBudget"),
            Map.entry("hpa", "HorizontalPodAutoscaler"), Map.entry("netpol", "NetworkPolicy"),
            Map.entry("networkpolicy", "NetworkPolicy"), Map.entry("ing", "Ingress"), Map.entry("ingress", "Ingress"),
            Map.entry("kafka", "Kafka"), Map.entry("kafkas", "Kafka"), Map.entry("kafka.kafka.strimzi.io", "Kafka"),
            Map.entry("kafkanodepool", "KafkaNodePool"), Map.entry("knp", "KafkaNodePool"),
            Map.entry("kafkatopic", "KafkaTopic"), Map.entry("kt", "KafkaTopic"), Map.entry("kafkauser", "KafkaUser"),
            Map.entry("ku", "KafkaUser"), Map.entry("cluster", "Cluster"), Map.entry("clusters", "Cluster"),
            Map.entry("cluster.postgresql.cnpg.io", "Cluster"), Map.entry("clusters.postgresql.cnpg.io", "Cluster"),
            Map.entry("backup", "Backup"), Map.entry("backups", "Backup"),
            Map.entry("backups.postgresql.cnpg.io", "Backup"), Map.entry("scheduledbackup", "ScheduledBackup"),
            Map.entry("scheduledbackups", "ScheduledBackup"), Map.entry("objectstore", "ObjectStore"),
            Map.entry("objectstores", "ObjectStore"), Map.entry("objectstores.barmancloud.cnpg.io", "ObjectStore"),
            Map.entry("pod", "Pod"), Map.entry("pods", "Pod"));

    /** Flags that take the next word as their value. */
    private static final Set<String> FLAGS_WITH_VALUE = Set.of("-n", "--namespace", "-o", "--output", "-l",
            "--selector", "--for", "--timeout", "-c", "--container", "-f", "--filename", "-k", "--kustomize",
            "--image", "--labels", "--overrides", "--method", "--plugin-name", "--type", "--from-literal",
            "--from-file", "--replicas");

    /** Verbs whose positional words are "kind name..." rather than kind/name. */
    private static final Set<String> KIND_THEN_NAMES = Set.of("get", "describe", "delete", "label", "annotate",
            "edit", "patch");

    private static final Set<String> CREATING = Set.of("create", "run", "apply", "kustomize");

    private static final Pattern FENCE = Pattern.compile("(?ms)^```[a-z]*\\n(.*?)^```");
    private static final Pattern INLINE = Pattern.compile("`([^`\\n]*kubectl [^`\\n]*)`");

    private RunbookCommands() {
    }

    /** Every kubectl command line in the Markdown text. */
    static List<String> commands(String markdown) {
        List<String> lines = new ArrayList<>();
        Matcher fence = FENCE.matcher(markdown);
        while (fence.find()) {
            lines.addAll(List.of(fence.group(1).replaceAll("\\\\\\n\\s*", " ").split("\\n")));
        }
        Matcher inline = INLINE.matcher(markdown.replaceAll("(?ms)^```.*?^```", ""));
        while (inline.find()) {
            lines.add(inline.group(1));
        }
        List<String> commands = new ArrayList<>();
        for (String line : lines) {
            String code = line.replaceAll("\\s+#.*$", "");
            for (String part : code.split("&&|;|\\|")) {
                int at = part.indexOf("kubectl ");
                if (at >= 0) {
                    commands.add(part.substring(at).trim());
                }
            }
        }
        return commands;
    }

    /** Shell-like words: quotes group, and are dropped. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("'[^']*'|\"(?:\\\\.|[^\"])*\"|\\S+").matcher(command);
        while (m.find()) {
            String w = m.group();
            if ((w.startsWith("'") && w.endsWith("'")) || (w.startsWith("\"") && w.endsWith("\""))) {
                w = w.substring(1, w.length() - 1);
            }
            words.add(w);
        }
        return words;
    }

    /** The namespace a command runs in, or null when it names none (kubectl's default namespace). */
    static String namespace(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if ((w.equals("-n") || w.equals("--namespace")) && i + 1 < words.size()) {
                return words.get(i + 1);
            }
            if (w.startsWith("--namespace=") || w.startsWith("-n=")) {
                return w.substring(w.indexOf('=') + 1);
            }
        }
        return null;
    }

    /** The verb and positional words after "kubectl", flags and their values removed. */
    static List<String> positionals(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("-")) {
                if (FLAGS_WITH_VALUE.contains(w)) {
                    i++;
                }
                continue;
            }
            out.add(w);
        }
        return out;
    }

    static boolean creates(String command) {
        List<String> p = positionals(words(command));
        return !p.isEmpty() && CREATING.contains(p.get(0));
    }

    /** The resources a command names (not what it creates). An unknown kind is reported as kind "?word". */
    static List<Reference> references(String command) {
        List<String> words = words(command);
        List<String> p = positionals(words);
        String namespace = namespace(words);
        List<Reference> refs = new ArrayList<>();
        if (p.isEmpty() || CREATING.contains(p.get(0))) {
            return refs;
        }
        if (p.get(0).equals("cnpg")) { // the CloudNativePG plugin: kubectl cnpg <subcommand> <cluster>
            if (p.size() > 2 && isName(p.get(2))) {
                refs.add(new Reference(command, "Cluster", p.get(2), namespace));
            }
            return refs;
        }
        List<String> args = p.subList(p.get(0).equals("rollout") ? Math.min(2, p.size()) : 1, p.size());
        if (KIND_THEN_NAMES.contains(p.get(0)) && !args.isEmpty() && !args.get(0).contains("/")) {
            String kind = KINDS.getOrDefault(args.get(0).toLowerCase(), "?" + args.get(0));
            for (String name : args.subList(1, args.size())) {
                if (isName(name)) {
                    refs.add(new Reference(command, kind, name, namespace));
                }
            }
            return refs;
        }
        for (String arg : args) {
            int slash = arg.indexOf('/');
            if (slash > 0 && !arg.contains("=") && !arg.contains(":")) {
                String name = arg.substring(slash + 1);
                if (isName(name)) {
                    String kind = arg.substring(0, slash).toLowerCase();
                    refs.add(new Reference(command, KINDS.getOrDefault(kind, "?" + kind), name, namespace));
                }
            }
        }
        return refs;
    }

    private static boolean isName(String word) {
        return word.matches("[a-z0-9]([-a-z0-9.]*[a-z0-9])?");
    }
}
