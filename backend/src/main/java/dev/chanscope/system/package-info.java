/** Cross-cutting configuration: wiring of the plain-Java layers into Spring, errors, security headers. */
package dev.chanscope.system;
