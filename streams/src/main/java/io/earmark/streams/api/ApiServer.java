package io.earmark.streams.api;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of one pipeline instance (Javalin on Jetty). In: the endpoints. Out: the routes below, the
 * dashboard's static files at {@code /} (from the jar, {@code earmark/dashboard/}), and errors as
 * {@code {"message": ...}} with the status of the {@link ApiException} (500 for anything unexpected).
 * <pre>
 * GET /api/funds/{fundId}          fund status and journey (forwarded to the owning instance)
 * GET /api/funds/{fundId}/flow.svg, /idle.svg   its money-flow diagram and idle strip (forwarded likewise)
 * GET /api/parties/{partyId}/network?depth=1|2  funds and parties linked to it by money (.svg: drawn), all instances
 * GET /api/alerts?rule=&amp;severity=&amp;programme=&amp;financialOrg=&amp;since=&amp;limit=   newest first, all instances
 * GET /api/alerts/counts           alerts by rule and severity, all instances
 * GET /api/alerts/stream           server-sent events, one per new alert
 * GET /api/financial-orgs          the league table, all instances
 * GET /api/cases?status=&amp;assignee=&amp;rule=&amp;programme=&amp;financialOrg=&amp;limit=   oldest first, all instances
 * GET /api/cases/{alertId}         the case with its alert and history (forwarded to the owning instance)
 * POST /api/cases/{alertId}/actions   a person's act on it (Bearer token of the people file; forwarded likewise)
 * GET /api/me                      who the Bearer token names, and what they may do
 * GET /health, GET /metrics        readiness, Prometheus text
 * GET /internal/...                one instance's own part of the answers above, for the other instances
 * </pre>
 * With {@code earmark.http.token} set, every route but {@code /health} requires the token ({@link TokenAuth}); with
 * {@code earmark.http.mask-iin}, the {@code /api} answers and the live stream mask people's ids ({@link IdMask}).
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;

    ApiServer(FundsEndpoint funds, AlertsEndpoint alerts, FinancialOrgsEndpoint orgs, PartiesEndpoint parties,
              CasesEndpoint cases, AlertStream stream, OpsEndpoints ops, TokenAuth auth, IdMask mask) {
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/earmark/dashboard";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(auth::check);
            config.routes.get("/api/funds/{fundId}", masked(mask, funds::get));
            config.routes.get("/api/funds/{fundId}/flow.svg", unmaskedOnly(mask, funds::flow));
            config.routes.get("/api/funds/{fundId}/idle.svg", unmaskedOnly(mask, funds::idle));
            config.routes.get("/api/parties/{partyId}/network", unmaskedOnly(mask, parties::network));
            config.routes.get("/api/parties/{partyId}/network.svg", unmaskedOnly(mask, parties::networkSvg));
            config.routes.get("/api/alerts", masked(mask, alerts::list));
            config.routes.get("/api/alerts/counts", alerts::counts);
            config.routes.sse("/api/alerts/stream", stream::connect);
            config.routes.get("/api/financial-orgs", masked(mask, orgs::table));
            config.routes.get("/api/cases", masked(mask, cases::list));
            config.routes.get("/api/cases/{alertId}", masked(mask, cases::get));
            config.routes.post("/api/cases/{alertId}/actions", masked(mask, cases::act));
            config.routes.get("/api/me", cases::me);
            config.routes.get("/internal/funds/{fundId}", funds::getLocal);
            config.routes.get("/internal/funds/{fundId}/flow.svg", funds::flowLocal);
            config.routes.get("/internal/funds/{fundId}/idle.svg", funds::idleLocal);
            config.routes.get("/internal/fund-directory/{fundId}", funds::directoryLocal);
            config.routes.get("/internal/parties/links", parties::linksLocal);
            config.routes.get("/internal/alerts", alerts::listLocal);
            config.routes.get("/internal/alerts/counts", alerts::countsLocal);
            config.routes.get("/internal/financial-orgs", orgs::tableLocal);
            config.routes.get("/internal/cases", cases::listLocal);
            config.routes.get("/internal/cases/{alertId}", cases::getLocal);
            config.routes.post("/internal/cases/{alertId}/actions", cases::actLocal);
            config.routes.get("/health", ops::health);
            config.routes.get("/metrics", ops::metrics);
            config.routes.exception(ApiException.class, (e, ctx) -> ctx.status(e.status())
                    .contentType("application/json").result(Json.message(e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(500).contentType("application/json").result(Json.message("internal error: " + e));
            });
        });
    }

    /** The handler, then its 200 JSON answer with people's ids masked (see {@link IdMask}; /internal stays raw). */
    private static Handler masked(IdMask mask, Handler handler) {
        if (!mask.on()) {
            return handler;
        }
        return ctx -> {
            handler.handle(ctx);
            String body = ctx.statusCode() == 200 ? ctx.result() : null;
            if (body != null) {
                ctx.result(mask.json(body));
            }
        };
    }

    /**
     * The pictures and the party network are about who paid whom: they name people at every node, and a masked id
     * could not be followed to its network, so while ids are masked they are not served (403).
     */
    private static Handler unmaskedOnly(IdMask mask, Handler handler) {
        if (!mask.on()) {
            return handler;
        }
        return ctx -> {
            throw ApiException.forbidden("pictures and party networks are not served while earmark.http.mask-iin is on");
        };
    }

    ApiServer start(String host, int port) {
        app.start(host, port);
        return this;
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
