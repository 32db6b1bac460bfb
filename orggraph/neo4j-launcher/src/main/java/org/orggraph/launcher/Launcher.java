package org.orggraph.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.commandline.admin.security.SetInitialPasswordCommand;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.server.CommunityBootstrapper;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

import picocli.CommandLine;

/**
 * Starts a real Neo4j 5.26 Community server: Bolt and HTTP (with Neo4j Browser at /browser/) on
 * 127.0.0.1 only, auth on, LOAD CSV reading only DATA_DIR/import.
 *
 * <p>Usage: {@code java -jar neo4j-launcher-1.0.0.jar DATA_DIR PORT [HTTP_PORT]}, with the password of user
 * {@code neo4j} (8+ characters) in the environment variable {@code ORGGRAPH_NEO4J_PASSWORD}. The
 * password is written as the initial password before the first start, exactly as
 * {@code neo4j-admin dbms set-initial-password} does, so no connection is ever accepted with the
 * default {@code neo4j/neo4j}; it is never printed. A port 0 (HTTP_PORT's default) picks a free port on
 * 127.0.0.1.
 *
 * <p>Standard output carries exactly one line, {@code READY bolt://127.0.0.1:PORT http://127.0.0.1:HTTP_PORT}, printed once the
 * default database is available and the Bolt port accepts connections. Anything else Neo4j or the
 * JVM would print goes to standard error; Neo4j's own logs go to {@code DATA_DIR/logs}. The DBMS
 * shuts down cleanly on SIGTERM/SIGINT (shutdown hook) and when standard input reaches end of file,
 * so it never outlives the process that started it with a pipe on its stdin.
 */
public final class Launcher {
    private static final String PASSWORD_ENV = "ORGGRAPH_NEO4J_PASSWORD";
    /** Optional: the page cache in bytes (orggraph/neo4j/server.py checks and converts it). */
    private static final String PAGECACHE_ENV = "ORGGRAPH_NEO4J_PAGECACHE_BYTES";
    private static final long DEFAULT_PAGECACHE = 128L * 1024 * 1024;
    /** Set to 1 for a server in the background: it then ignores stdin and runs until SIGTERM. */
    private static final String DETACHED_ENV = "ORGGRAPH_NEO4J_DETACHED";
    private static final String HOST = "127.0.0.1";
    private static final int PORT_ATTEMPTS = 5;
    private static final int EXIT_USAGE = 2;
    private static final int EXIT_FAILED = 1;

    private Launcher() {}

    public static void main(String[] args) {
        // Keep stdout for the READY line alone: whatever else would go there goes to stderr.
        PrintStream ready = System.out;
        System.setOut(System.err);
        if (args.length != 2 && args.length != 3) {
            fail(EXIT_USAGE, "usage: neo4j-launcher DATA_DIR PORT [HTTP_PORT]   (0 picks a free port)");
        }
        String password = System.getenv(PASSWORD_ENV);
        if (password == null || password.codePointCount(0, password.length()) < 8) {
            fail(EXIT_USAGE, PASSWORD_ENV + " must be set to a password of 8 or more characters");
        }
        int requested = -1;
        try {
            requested = Integer.parseInt(args[1]);
        } catch (NumberFormatException e) {
            // reported below
        }
        if (requested < 0 || requested > 65535) {
            fail(EXIT_USAGE, "PORT must be a number from 0 to 65535, not '" + args[1] + "'");
        }
        int requestedHttp = -1;
        try {
            requestedHttp = args.length == 3 ? Integer.parseInt(args[2]) : 0;
        } catch (NumberFormatException e) {
            // reported below
        }
        if (requestedHttp < 0 || requestedHttp > 65535) {
            fail(EXIT_USAGE, "HTTP_PORT must be a number from 0 to 65535, not '" + args[2] + "'");
        }
        long pageCache = DEFAULT_PAGECACHE;
        String pageCacheText = System.getenv(PAGECACHE_ENV);
        if (pageCacheText != null && !pageCacheText.isBlank()) {
            try {
                pageCache = Long.parseLong(pageCacheText.trim());
            } catch (NumberFormatException e) {
                pageCache = -1;
            }
            if (pageCache < 8L * 1024 * 1024) {
                fail(EXIT_USAGE, PAGECACHE_ENV + " must be a number of bytes, at least 8 MiB, not '"
                        + pageCacheText + "'");
            }
        }
        Path home = Path.of(args[0]).toAbsolutePath().normalize();
        // The server's own shutdown hook stops it on SIGTERM/SIGINT and on System.exit.
        try {
            Files.createDirectories(home.resolve("import"));
            boolean existingStore = Files.exists(home.resolve("data").resolve("databases").resolve("system"));
            Path authIni = setInitialPassword(home, password);
            Started started = start(home, requested, requestedHttp, pageCache);
            ensurePassword(started.dbms(), password, existingStore);
            Files.deleteIfExists(authIni); // read once, at the first start; no need to keep the hash
            awaitReady(started, Duration.ofSeconds(60));
            ready.println("READY bolt://" + HOST + ":" + started.port + " http://" + HOST + ":" + started.http);
            ready.flush();
        } catch (Exception e) {
            System.err.println("neo4j-launcher: could not start Neo4j: " + e);
            e.printStackTrace(System.err);
            System.exit(EXIT_FAILED);
        }
        if ("1".equals(System.getenv(DETACHED_ENV))) {
            waitForever(); // until SIGTERM/SIGINT, which the server's shutdown hook handles
        }
        waitForEndOfInput();
        System.exit(0); // runs the shutdown hook
    }

    private record Started(CommunityBootstrapper server, int port, int http) {
        DatabaseManagementService dbms() {
            return server.getDatabaseManagementService();
        }
    }

    /**
     * Writes {@code data/dbms/auth.ini} as {@code neo4j-admin dbms set-initial-password} does; the
     * first start of the DBMS turns it into user neo4j with no forced password change.
     */
    private static Path setInitialPassword(Path home, String password) throws Exception {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        ExecutionContext ctx = new ExecutionContext(
                home, home.resolve("conf"), quiet, System.err, new DefaultFileSystemAbstraction());
        SetInitialPasswordCommand command = new SetInitialPasswordCommand(ctx);
        // "--" ends the options: a generated password may well start with "-".
        // --require-password-change is not given, so it is false.
        new CommandLine(command).parseArgs("--", password);
        Integer code = command.call();
        if (code == null || code != 0) {
            throw new IllegalStateException("setting the initial password failed (exit code " + code + ")");
        }
        return home.resolve("data").resolve("dbms").resolve("auth.ini");
    }

    /** Starts the DBMS; with port 0, picks free ports and tries others if one is taken meanwhile. */
    private static Started start(Path home, int requested, int requestedHttp, long pageCache) throws IOException {
        for (int attempt = 1; ; attempt++) {
            int port = requested != 0 ? requested : freePort();
            int http = requestedHttp != 0 ? requestedHttp : freePort();
            CommunityBootstrapper bootstrapper = new CommunityBootstrapper();
            int code = bootstrapper.start(home, settings(home, port, http, pageCache));
            if (code == 0) {
                return new Started(bootstrapper, port, http);
            }
            bootstrapper.stop();
            if ((requested != 0 && requestedHttp != 0) || attempt >= PORT_ATTEMPTS) {
                throw new IOException("the Neo4j server did not start (exit code " + code
                        + "; is port " + port + " or " + http + " taken?), see " + home.resolve("logs"));
            }
            System.err.println("neo4j-launcher: the server did not start on ports " + port + " and " + http
                    + ", trying others");
        }
    }

    /** The server's settings, by name (as in neo4j.conf and the Docker image's NEO4J_* variables). */
    static Map<String, String> settings(Path home, int port, int http, long pageCache) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put(GraphDatabaseSettings.default_listen_address.name(), HOST);
        s.put(GraphDatabaseSettings.default_advertised_address.name(), HOST);
        s.put(BoltConnector.enabled.name(), "true");
        s.put(BoltConnector.listen_address.name(), HOST + ":" + port);
        s.put(BoltConnector.advertised_address.name(), HOST + ":" + port);
        // HTTP serves Neo4j Browser (the neo4j-browser jar on the class path) at /browser/.
        s.put(HttpConnector.enabled.name(), "true");
        s.put(HttpConnector.listen_address.name(), HOST + ":" + http);
        s.put(HttpConnector.advertised_address.name(), HOST + ":" + http);
        s.put(HttpsConnector.enabled.name(), "false");
        s.put(GraphDatabaseSettings.auth_enabled.name(), "true");
        s.put("dbms.usage_report.enabled", "false"); // nothing is sent to Neo4j
        s.put(GraphDatabaseSettings.pagecache_memory.name(), Long.toString(pageCache));
        // LOAD CSV reads file:/// URLs only from DATA_DIR/import (server.directories.import):
        // file:///etc/hostname means DATA_DIR/import/etc/hostname, which is not there.
        s.put(GraphDatabaseSettings.allow_file_urls.name(), "true");
        s.put(GraphDatabaseSettings.load_csv_file_url_root.name(), home.resolve("import").toString());
        // Ends runaway transactions; well above the slowest benchmark query (~3 min).
        s.put(GraphDatabaseSettings.transaction_timeout.name(), "10m");
        s.put(GraphDatabaseSettings.lock_acquisition_timeout.name(), "1m");
        s.put(GraphDatabaseSettings.shutdown_transaction_end_timeout.name(), "5s");
        s.put(GraphDatabaseSettings.preallocate_logical_logs.name(), "false");
        s.put(GraphDatabaseSettings.logs_directory.name(), home.resolve("logs").toString());
        // Netty's default 5 s quiet period per event loop group made every stop take ~10 s.
        s.put(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period.name(), "0");
        return s;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    /**
     * Makes sure user neo4j has {@code password}. auth.ini only counts when the system database is
     * created, so for a DATA_DIR that already held a store (or after a retry on another port)
     * the password is set here instead, and a forced change is cleared.
     */
    private static void ensurePassword(DatabaseManagementService dbms, String password, boolean existingStore) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean changeRequired = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = 'neo4j' "
                        + "RETURN passwordChangeRequired",
                Map.of(),
                result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
        if (existingStore || changeRequired) {
            try {
                system.executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
            } catch (RuntimeException e) {
                // A restart with the password the store already has: nothing to change.
                if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) {
                    throw e;
                }
            }
        }
    }

    /** Waits until the default database is available and the Bolt port accepts a connection. */
    private static void awaitReady(Started started, Duration timeout) throws IOException, InterruptedException {
        int port = started.port;
        long deadline = System.nanoTime() + timeout.toNanos();
        if (!started.dbms().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).isAvailable(timeout.toMillis())) {
            throw new IOException("database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + "' is not available");
        }
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                last = e;
                Thread.sleep(100);
            }
        }
        throw new IOException("Bolt on " + HOST + ":" + port + " did not accept connections", last);
    }

    private static void waitForever() {
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitForEndOfInput() {
        byte[] buffer = new byte[256];
        try {
            while (System.in.read(buffer) != -1) {
                // input is ignored; only its end matters
            }
        } catch (IOException e) {
            // a broken stdin means the parent is gone, too
        }
    }

    private static void fail(int code, String message) {
        System.err.println("neo4j-launcher: " + message);
        System.exit(code);
    }
}
