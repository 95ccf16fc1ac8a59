package io.earmark.app.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The Kubernetes manifests of deploy/k8s, parsed with SnakeYAML. In: the folder. Out: every document (one map per
 * object, from every .yaml file but kustomization.yaml), found by kind and name, and navigable by path.
 */
final class Manifests {
    static final String DIR = "deploy/k8s";

    private final List<Map<String, Object>> objects;

    private Manifests(List<Map<String, Object>> objects) {
        this.objects = objects;
    }

    @SuppressWarnings("unchecked")
    static Manifests load() {
        List<Map<String, Object>> objects = new ArrayList<>();
        try (Stream<Path> files = Files.list(RepoFiles.path(DIR))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.getFileName().toString().equals("kustomization.yaml")).sorted().toList()) {
                for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(Files.readString(file))) {
                    if (document != null) {
                        objects.add((Map<String, Object>) document);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Manifests(objects);
    }

    List<Map<String, Object>> all() {
        return objects;
    }

    Map<String, Object> get(String kind, String name) {
        return objects.stream().filter(o -> kind.equals(o.get("kind")) && name.equals(at(o, "metadata/name")))
                .findFirst().orElseThrow(() -> new NoSuchElementException("no " + kind + " " + name + " in " + DIR));
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    /** The value at a path of map keys separated by '/', e.g. {@code spec/template/spec/containers}. */
    @SuppressWarnings("unchecked")
    static <T> T at(Map<String, Object> object, String path) {
        Object value = object;
        for (String key : path.split("/")) {
            if (!(value instanceof Map)) {
                throw new NoSuchElementException(path + ": no " + key);
            }
            value = ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }

    /** The element of a list of maps whose {@code name} is {@code name}. */
    static Map<String, Object> named(List<Map<String, Object>> list, String name) {
        return list.stream().filter(m -> name.equals(m.get("name"))).findFirst()
                .orElseThrow(() -> new NoSuchElementException("nothing named " + name));
    }
}
