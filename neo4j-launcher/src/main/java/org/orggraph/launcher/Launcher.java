package org.orggraph.launcher;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Starts a real Neo4j 5.26 Community DBMS: Bolt on 127.0.0.1 only, auth on, HTTP off.
 *
 * <p>Usage: {@code java -jar neo4j-launcher.jar DATA_DIR PORT} with the password of user
 * {@code neo4j} in the environment variable {@code ORGGRAPH_NEO4J_PASSWORD} (never printed).
 * Prints {@code READY bolt://127.0.0.1:PORT} once Bolt accepts connections; stops on SIGTERM
 * or when its standard input closes, so it never outlives the process that started it.
 */
public final class Launcher {
    private Launcher() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: neo4j-launcher DATA_DIR PORT (0 picks a free port)");
            System.exit(2);
        }
        String password = System.getenv("ORGGRAPH_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("ORGGRAPH_NEO4J_PASSWORD must be set to 8 or more characters");
            System.exit(2);
        }
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        if (port == 0) {
            try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
        }
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 256L * 1024 * 1024)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
        dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                Map.of("password", password));
        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        while (System.in.read() != -1) {
            // wait for the parent to close our standard input
        }
        System.exit(0);
    }
}
