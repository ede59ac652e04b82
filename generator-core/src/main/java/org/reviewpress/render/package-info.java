/**
 * Stage 3, render: theme loading, sanitising authors' HTML, and turning the model into HTML
 * pages through Pebble templates finished with jsoup.
 */
package org.reviewpress.render;
