package dev.chanscope.room;

/**
 * Who is in a room now: students connected ({@code members}, each counted once however many
 * sockets it has) and how many of them explore on their own ({@code detached}). Teachers are not
 * counted.
 */
public record Presence(int members, int detached) {}
