/**
 * The live preview behind {@code mvn reviewpress:serve}: builds the site with
 * {@link org.reviewpress.Publisher#preview()}, serves it on 127.0.0.1 with the JDK's HTTP
 * server, watches the sources and theme, rebuilds what changed (the build cache makes this
 * incremental) and tells open pages to reload through server-sent events. The reload script and
 * the error overlay are added to pages as they are served; the files on disk never carry them.
 */
package org.reviewpress.serve;
