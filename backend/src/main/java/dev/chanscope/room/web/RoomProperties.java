package dev.chanscope.room.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Classroom rooms, {@code chanscope.rooms.*} in application.yml (docs/protocol.md, "Room limits").
 *
 * @param store {@code memory} (one instance, the default) or {@code redis} (rooms shared by every
 *     instance using the Redis of {@code spring.data.redis.*})
 * @param idleTimeout a room with nobody connected and no change for this long is gone
 * @param maxRooms rooms held at once by the in-memory store
 * @param maxMembers students in one room at once
 * @param maxLinkLength characters of a link (a program travels inside its link)
 * @param maxMessageSize an inbound socket message; larger closes the socket with 1009
 * @param teacherMessagesPerSecond sustained messages per teacher socket (bursts of twice that)
 * @param studentMessagesPerSecond sustained messages per student socket (bursts of twice that)
 * @param createsPerHour rooms one client address may create (bursts of {@code createBurst})
 * @param joinsPerMinute socket joins per client address (a class behind one NAT address joins at once)
 * @param failedLookupsPerMinute unknown codes and wrong keys per client address (bursts of the same)
 * @param refreshInterval how often an instance keeps its rooms and its presence lease alive
 * @param presenceLease how long members of an instance that stopped refreshing still count
 */
@ConfigurationProperties("chanscope.rooms")
public record RoomProperties(
        String store,
        Duration idleTimeout,
        int maxRooms,
        int maxMembers,
        int maxLinkLength,
        DataSize maxMessageSize,
        int teacherMessagesPerSecond,
        int studentMessagesPerSecond,
        int createsPerHour,
        int createBurst,
        int joinsPerMinute,
        int failedLookupsPerMinute,
        Duration refreshInterval,
        Duration presenceLease) {

    public RoomProperties {
        store = store == null || store.isBlank() ? "memory" : store;
        if (!store.equals("memory") && !store.equals("redis")) {
            throw new IllegalArgumentException("chanscope.rooms.store must be memory or redis, got \"" + store + "\"");
        }
        idleTimeout = idleTimeout != null ? idleTimeout : Duration.ofHours(2);
        maxRooms = maxRooms > 0 ? maxRooms : 1000;
        maxMembers = maxMembers > 0 ? maxMembers : 500;
        maxLinkLength = maxLinkLength > 0 ? maxLinkLength : 80 * 1024;
        maxMessageSize = maxMessageSize != null ? maxMessageSize : DataSize.ofKilobytes(192);
        teacherMessagesPerSecond = teacherMessagesPerSecond > 0 ? teacherMessagesPerSecond : 20;
        studentMessagesPerSecond = studentMessagesPerSecond > 0 ? studentMessagesPerSecond : 5;
        createsPerHour = createsPerHour > 0 ? createsPerHour : 30;
        createBurst = createBurst > 0 ? createBurst : 10;
        joinsPerMinute = joinsPerMinute > 0 ? joinsPerMinute : 120;
        failedLookupsPerMinute = failedLookupsPerMinute > 0 ? failedLookupsPerMinute : 10;
        refreshInterval = refreshInterval != null ? refreshInterval : Duration.ofSeconds(10);
        presenceLease = presenceLease != null ? presenceLease : Duration.ofSeconds(30);
    }

    public boolean redis() {
        return store.equals("redis");
    }
}
