package org.excuseengine.spark;

import java.io.File;
import java.io.Serializable;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkFiles;

/**
 * Where a rules folder is on every machine of the job. The job is given a path: a folder on a
 * file system every node can read (HDFS, an object store), which the driver ships to every
 * executor with {@link SparkContext#addFile(String, boolean)}; or a folder already unpacked on every
 * node, such as an archive given to spark-submit with {@code --archives rules.zip#rules}; or, with a
 * local master, a folder of this machine. Each JVM finds it among the files Spark shipped, by its
 * name, or else at the path given.
 *
 * @param given the path as given to the job
 * @param name  the folder's name, which is also its name among the shipped files
 */
record RulesLocation(String given, String name) implements Serializable {

    static RulesLocation of(String given) {
        String trimmed = given.endsWith("/") ? given.substring(0, given.length() - 1) : given;
        String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return new RulesLocation(given, name.isEmpty() ? given : name);
    }

    /** On the driver: ships the folder to the executors when it lives on a distributed file system. */
    void ship(SparkContext spark) {
        String scheme = URI.create(given).getScheme();
        if (scheme != null && !scheme.equals("file") && !scheme.equals("local")) {
            spark.addFile(given, true);
        }
    }

    /** The folder on this JVM: as shipped by Spark (addFile or an archive), else the path given. */
    Path resolve() {
        Path shipped = shippedCopy();
        if (shipped != null) {
            return shipped;
        }
        String path = given.startsWith("file:") ? URI.create(given).getPath() : given;
        Path local = Path.of(path);
        if (!Files.isDirectory(local)) {
            throw new IllegalStateException("rules folder " + given + " is neither among the files shipped with the job (as "
                    + name + ") nor a folder on this machine");
        }
        return local;
    }

    private Path shippedCopy() {
        try {
            File file = new File(SparkFiles.get(name));
            return file.isDirectory() ? file.toPath() : null;
        } catch (RuntimeException e) {
            return null; // no Spark environment here (a plain JVM): only the path given counts
        }
    }
}
