# kine-relay: one container per practice. Configuration at /config/config.toml (see
# deploy/config.docker.toml), state in the /data volume, secrets as Docker secrets in /run/secrets/.

# The wheel is built where a C compiler is: the de-identifier's rule stages are compiled with mypyc
# (setup.py). Only what the package is built from; not the test extra (Synapse, pytest).
FROM python:3.11 AS build
COPY pyproject.toml setup.py README.md /tmp/src/
COPY bot /tmp/src/bot
COPY handlers /tmp/src/handlers
COPY store /tmp/src/store
RUN pip wheel --no-cache-dir --no-deps --wheel-dir /wheels /tmp/src

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

COPY --from=build /wheels /tmp/wheels
RUN pip install /tmp/wheels/*.whl && rm -rf /tmp/wheels

# A fixed uid so secret files and the volume can be given to it from the host.
RUN groupadd --system --gid 10001 kine-relay \
    && useradd --system --uid 10001 --gid 10001 --home-dir /data --no-create-home kine-relay \
    && install -d -o 10001 -g 10001 -m 0700 /data
USER 10001:10001
VOLUME /data

# /healthz answers 503 when the bot has not synced for [health] max_sync_age; urlopen raises on it.
# The port must be the config's [health] port.
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:9107/healthz', timeout=4)"]

ENTRYPOINT ["kine-relay"]
CMD ["run", "--config", "/config/config.toml"]
