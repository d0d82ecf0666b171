# One image for the web service and the workers.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    MODSVC_DATA_DIR=/data

RUN useradd --create-home --uid 10001 modsvc && mkdir -p /data && chown modsvc /data
WORKDIR /app
COPY pyproject.toml README.md NOTICE ./
COPY modsvc ./modsvc
COPY classifiers ./classifiers
COPY workers ./workers
RUN pip install .

USER modsvc
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --retries=3 \
  CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2)" || exit 1
CMD ["modsvc", "serve", "--host", "0.0.0.0", "--port", "8000", "--web-workers", "2"]
