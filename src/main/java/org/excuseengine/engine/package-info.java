/**
 * Supported API: {@link org.excuseengine.engine.ExcuseEngine}, the entry point, with the classes
 * its methods hand out. Every other class here is package-private. Rules are read from a folder,
 * from any {@link java.nio.file.Path} (a zip file system's), or from the classpath.
 */
package org.excuseengine.engine;
