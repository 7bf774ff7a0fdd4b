// A physio's Element-grade client for the tests: matrix-js-sdk with its Rust crypto, in memory,
// in the "exclude insecure devices" mode. Driven over stdin/stdout, one JSON object a line:
//   in:  {"id": 1, "cmd": "login", ...arguments}
//   out: {"id": 1, "ok": true, "result": {...}}  or  {"id": 1, "ok": false, "error": "..."}
// stdout carries only these lines: everything the SDK logs goes to stderr.
import { createInterface } from "node:readline";
import { format } from "node:util";

import { createClient } from "matrix-js-sdk";
import {
    DecryptionFailureCode,
    OnlySignedDevicesIsolationMode,
} from "matrix-js-sdk/lib/crypto-api/index.js";
import { logger } from "matrix-js-sdk/lib/logger.js";

for (const level of ["log", "info", "debug", "warn", "error", "trace"]) {
    console[level] = (...args) => process.stderr.write(format(...args) + "\n");
}
logger.setLevel(process.env.PHYSIO_LOG_LEVEL ?? "warn");

// Failures that a later key or device-list download can cure; anything else is final.
const TRANSIENT = new Set([
    DecryptionFailureCode.MEGOLM_UNKNOWN_INBOUND_SESSION_ID,
    DecryptionFailureCode.OLM_UNKNOWN_MESSAGE_INDEX,
    DecryptionFailureCode.UNKNOWN_SENDER_DEVICE,
]);
const POLL_MS = 100;

let client = null;
const reported = new Set(); // event ids already returned by wait_message

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(what, timeoutMs, probe) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms: ${what}`);
        await sleep(POLL_MS);
    }
}

function crypto() {
    if (!client) throw new Error("not logged in");
    return client.getCrypto();
}

// User-interactive auth for uploading cross-signing keys: try bare, then with the password.
function passwordAuth(userId, password) {
    return async (makeRequest) => {
        try {
            await makeRequest(null);
        } catch (error) {
            const session = error?.data?.session;
            if (error?.httpStatus !== 401 || !session) throw error;
            const identifier = { type: "m.id.user", user: userId };
            await makeRequest({ type: "m.login.password", identifier, password, session });
        }
    };
}

const commands = {
    async login({ homeserver, user_id, password, timeout_ms = 30000 }) {
        const response = await createClient({ baseUrl: homeserver }).loginRequest({
            type: "m.login.password",
            identifier: { type: "m.id.user", user: user_id },
            password,
            initial_device_display_name: "interop physio (js-sdk)",
        });
        client = createClient({
            baseUrl: homeserver,
            userId: response.user_id,
            deviceId: response.device_id,
            accessToken: response.access_token,
        });
        await client.initRustCrypto({ useIndexedDB: false });
        // Element's "exclude insecure devices": only cross-signed devices are read or sent to.
        crypto().setDeviceIsolationMode(new OnlySignedDevicesIsolationMode());
        await crypto().bootstrapCrossSigning({
            authUploadDeviceSigningKeys: passwordAuth(response.user_id, password),
        });
        await client.startClient({ initialSyncLimit: 20 });
        await until("first sync", timeout_ms, () => client.isInitialSyncComplete());
        return {
            user_id: response.user_id,
            device_id: response.device_id,
            cross_signing_ready: await crypto().isCrossSigningReady(),
        };
    },

    // Joins, then waits until the client knows the room is encrypted: sending earlier would
    // go out in clear.
    async join({ room_id, timeout_ms = 30000 }) {
        await client.joinRoom(room_id);
        await until("encrypted room state", timeout_ms, async () =>
            client.getRoom(room_id)?.getMyMembership() === "join"
            && crypto().isEncryptionEnabledInRoom(room_id));
        return {};
    },

    // How this client sees another user's device: the check behind UNSIGNED_SENDER_DEVICE.
    async device_status({ user_id, device_id, timeout_ms = 30000 }) {
        const status = await until(`device ${device_id} of ${user_id}`, timeout_ms, async () => {
            await crypto().getUserDeviceInfo([user_id], true);
            return crypto().getDeviceVerificationStatus(user_id, device_id);
        });
        const identity = await crypto().getUserVerificationStatus(user_id);
        return {
            signed_by_owner: status.signedByOwner,
            cross_signing_verified: status.crossSigningVerified,
            locally_verified: status.localVerified,
            identity_known: identity.known,
        };
    },

    // The oldest encrypted event from `sender` in the room not yet returned, once decryption has
    // settled: decrypted, failed for good, or still failing when the time is up.
    async wait_message({ room_id, sender, timeout_ms = 30000 }) {
        const deadline = Date.now() + timeout_ms;
        const event = await until(`encrypted event from ${sender}`, timeout_ms, () =>
            client.getRoom(room_id)?.getLiveTimeline().getEvents().find((e) =>
                e.isEncrypted() && e.getSender() === sender && !reported.has(e.getId())));
        for (;;) {
            await event.getDecryptionPromise();
            const failure = event.decryptionFailureReason;
            if (!failure || !TRANSIENT.has(failure) || Date.now() > deadline) break;
            await sleep(POLL_MS);
            if (!event.isBeingDecrypted()) {
                await event.attemptDecryption(client.cryptoBackend, { isRetry: true });
            }
        }
        reported.add(event.getId());
        const content = event.isDecryptionFailure() ? {} : event.getContent();
        return {
            event_id: event.getId(),
            failure: event.decryptionFailureReason,
            type: event.isDecryptionFailure() ? null : event.getType(),
            msgtype: content.msgtype ?? null,
            body: content.body ?? null,
        };
    },

    // `reply_to`: an event id, sent as Element sends a reply (no fallback quote since MSC2781).
    async send({ room_id, body, msgtype = "m.text", reply_to = null }) {
        if (!(await crypto().isEncryptionEnabledInRoom(room_id))) {
            throw new Error("room is not known to be encrypted: join it first");
        }
        const content = { msgtype, body };
        if (reply_to) content["m.relates_to"] = { "m.in_reply_to": { event_id: reply_to } };
        const { event_id } = await client.sendMessage(room_id, content);
        return { event_id };
    },

    async quit() {
        client?.stopClient();
        setImmediate(() => process.exit(0));
        return {};
    },
};

// Commands run one at a time, in order.
let queue = Promise.resolve();
createInterface({ input: process.stdin }).on("line", (line) => {
    queue = queue.then(async () => {
        let request = {};
        let reply;
        try {
            request = JSON.parse(line);
            const command = commands[request.cmd];
            if (!command) throw new Error(`unknown command ${request.cmd}`);
            reply = { ok: true, result: await command(request) };
        } catch (error) {
            reply = { ok: false, error: String(error?.stack ?? error) };
        }
        process.stdout.write(JSON.stringify({ id: request.id ?? null, ...reply }) + "\n");
    });
}).on("close", () => queue.then(() => commands.quit()));
