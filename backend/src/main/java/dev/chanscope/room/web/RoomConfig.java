package dev.chanscope.room.web;

import dev.chanscope.link.LinkCodec;
import dev.chanscope.link.ProgramLinkCodec;
import dev.chanscope.room.ClientLimiter;
import dev.chanscope.room.MemoryRoomBus;
import dev.chanscope.room.MemoryRoomStore;
import dev.chanscope.room.RoomBus;
import dev.chanscope.room.RoomLinks;
import dev.chanscope.room.RoomStore;
import dev.chanscope.room.Rooms;
import dev.chanscope.scenario.ScenarioCatalog;
import dev.chanscope.system.ChanscopeProperties;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring wiring of classroom rooms: the store and bus (in memory unless {@code
 * chanscope.rooms.store=redis}, see {@code room.redis}), the commands, REST and {@code
 * /ws/rooms/{code}} — registered beside {@code /ws/runs} with the same Origin rule.
 */
@Configuration
@EnableConfigurationProperties(RoomProperties.class)
class RoomConfig implements WebSocketConfigurer {

    private final ChanscopeProperties chanscope;
    private final RoomSocketHandler handler;

    RoomConfig(ChanscopeProperties chanscope, RoomSocketHandler handler) {
        this.chanscope = chanscope;
        this.handler = handler;
    }

    /** Same-origin browsers only, as for runs, unless {@code chanscope.websocket.allowed-origins} lists more. */
    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        var registration = registry.addHandler(handler, "/ws/rooms/{code}");
        List<String> origins = chanscope.websocket().allowedOrigins();
        if (!origins.isEmpty()) {
            registration.setAllowedOrigins(origins.toArray(String[]::new));
        }
    }

    @Bean
    @ConditionalOnProperty(name = "chanscope.rooms.store", havingValue = "memory", matchIfMissing = true)
    static RoomStore memoryRoomStore(RoomProperties p) {
        return new MemoryRoomStore(InstantSource.system(), p.idleTimeout(), p.maxRooms());
    }

    @Bean
    @ConditionalOnProperty(name = "chanscope.rooms.store", havingValue = "memory", matchIfMissing = true)
    static RoomBus memoryRoomBus() {
        return new MemoryRoomBus();
    }

    @Bean
    static Rooms rooms(RoomStore store, RoomBus bus, ScenarioCatalog catalog, RoomProperties p) {
        RoomLinks links = new RoomLinks(
                new LinkCodec(catalog, LinkCodec.FALLBACK_SCENARIO),
                new ProgramLinkCodec(LinkCodec.FALLBACK_SCENARIO),
                p.maxLinkLength());
        return new Rooms(store, bus, links, randomSource(), InstantSource.system());
    }

    @Bean
    static RoomWiring roomWiring(RoomProperties p) {
        long max = p.maxMessageSize().toBytes();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(max)
                        .maxNestingDepth(16)
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE, max))
                        .maxNumberLength(100)
                        .build())
                .build();
        return new RoomWiring(
                p,
                JsonMapper.builder(factory).build(),
                new ClientLimiter(p.createsPerHour() / 60.0, p.createBurst(), System::nanoTime),
                new ClientLimiter(p.joinsPerMinute(), p.joinsPerMinute(), System::nanoTime),
                new ClientLimiter(p.failedLookupsPerMinute(), p.failedLookupsPerMinute(), System::nanoTime));
    }

    /** Room frames are queued per socket and sent on virtual threads (see {@link Outbox}). */
    @Bean(destroyMethod = "shutdownNow")
    static ExecutorService roomSenders() {
        return Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("room-send-", 0).factory());
    }

    @Bean
    static LocalRooms localRooms(Rooms rooms, ExecutorService roomSenders) {
        return new LocalRooms(rooms, roomSenders);
    }

    @Bean
    static RoomSocketHandler roomSocketHandler(
            Rooms rooms, LocalRooms local, RoomWiring w, ExecutorService roomSenders) {
        RoomSocketHandler handler = new RoomSocketHandler(
                rooms, local, w.properties(), w.json(), roomSenders, w.joins(), w.failedLookups(), randomSource());
        // Announcements may have been lost: clients reconnect and read the room from the store.
        rooms.bus().onLost(() -> handler.closeAll(new CloseStatus(1012, "room store restarting; reconnect")));
        return handler;
    }

    @Bean
    static RoomTicker roomTicker(Rooms rooms, LocalRooms local, RoomSocketHandler handler, RoomProperties p) {
        return new RoomTicker(rooms.store(), local, handler, p.refreshInterval());
    }

    /** Codes, keys and member ids come from a DRBG seeded by the operating system. */
    static SecureRandom randomSource() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
