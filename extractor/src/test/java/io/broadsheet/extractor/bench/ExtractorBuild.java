package io.broadsheet.extractor.bench;

import io.broadsheet.events.PageFetched;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One build of the extractor's own code, loaded from its compiled classes in a class loader of its
 * own, so that two builds can run side by side in one JVM. Only the extractor's classes ({@code
 * io.broadsheet.extractor.*}) and resources come from the build's directory; everything else (the
 * event contract, jsoup, Jackson, the JDK) is shared with the JVM that loads it, which is what
 * makes {@link PageFetched} one type for both builds.
 */
final class ExtractorBuild {

  private static final String OWN_PACKAGE = "io.broadsheet.extractor.";

  private static final String PAGE_EXTRACTOR = OWN_PACKAGE + "extract.PageExtractor";

  private final Path classes;
  private final Object extractor;
  private final Method extract;

  /**
   * @param classes a build's {@code extractor/target/classes}
   * @throws IllegalArgumentException when the directory holds no compiled extractor
   */
  ExtractorBuild(Path classes) {
    this.classes = classes.toAbsolutePath().normalize();
    Path pageExtractor = this.classes.resolve(PAGE_EXTRACTOR.replace('.', '/') + ".class");
    if (!Files.isRegularFile(pageExtractor)) {
      throw new IllegalArgumentException(
          "no compiled extractor in " + this.classes + " (missing " + pageExtractor + ")");
    }
    try {
      ClassLoader loader = new OwnClassesFirst(this.classes.toUri().toURL());
      Class<?> type = loader.loadClass(PAGE_EXTRACTOR);
      this.extractor = type.getConstructor(String.class).newInstance("comparison");
      this.extract = type.getMethod("extract", PageFetched.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(
          "the extractor in " + this.classes + " cannot be started: " + e, e);
    }
  }

  Path classes() {
    return classes;
  }

  /** The build's {@code PageExtractor} class (for tests: not the one on the JVM's class path). */
  Class<?> extractorClass() {
    return extractor.getClass();
  }

  /** {@code PageExtractor.extract(page)} of this build; its result is of this build's types. */
  Object extract(PageFetched page) {
    try {
      return extract.invoke(extractor, page);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          "the extractor in " + classes + " threw on " + page.finalUrl(), e.getCause());
    }
  }

  /**
   * Loads the extractor's classes and resources from the build's directory before asking the
   * parent; a parent-first loader would hand every build the classes of the JVM's own class path.
   */
  private static final class OwnClassesFirst extends URLClassLoader {

    static {
      registerAsParallelCapable();
    }

    OwnClassesFirst(URL classes) {
      super(new URL[] {classes}, ExtractorBuild.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(OWN_PACKAGE)) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          try {
            loaded = findClass(name);
          } catch (ClassNotFoundException notInThisBuild) {
            // e.g. a test-only class: the JVM's own copy is the only one there is
            loaded = super.loadClass(name, false);
          }
        }
        if (resolve) {
          resolveClass(loaded);
        }
        return loaded;
      }
    }

    @Override
    public URL getResource(String name) {
      URL own = findResource(name);
      return own != null ? own : super.getResource(name);
    }
  }
}
