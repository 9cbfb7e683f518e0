{{/* Names and labels */}}

{{- define "klik.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "klik.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "klik.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "klik.selectorLabels" -}}
app.kubernetes.io/name: {{ include "klik.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "klik.labels" -}}
helm.sh/chart: {{ include "klik.chart" . }}
{{ include "klik.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: klik
{{- end }}

{{- define "klik.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "klik.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "klik.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{- define "klik.tenantsConfigMap" -}}
{{- printf "%s-tenants" (include "klik.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* URLs */}}

{{- define "klik.publicUrl" -}}
{{- default (printf "https://%s" .Values.baseDomain) .Values.publicUrl | trimSuffix "/" }}
{{- end }}

{{- define "klik.keycloakName" -}}
{{- printf "%s-keycloak" (include "klik.fullname" .) | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* the operator names the Service of a Keycloak CR "<name>-service" */}}
{{- define "klik.keycloakUrl" -}}
{{- if eq .Values.keycloak.mode "operator" }}
{{- printf "http://%s-service.%s.svc:8080" (include "klik.keycloakName" .) .Release.Namespace }}
{{- else }}
{{- .Values.keycloak.external.url | trimSuffix "/" }}
{{- end }}
{{- end }}

{{- define "klik.keycloakPublicUrl" -}}
{{- if eq .Values.keycloak.mode "operator" }}
{{- printf "https://%s" .Values.keycloak.operator.hostname }}
{{- else }}
{{- default .Values.keycloak.external.url .Values.keycloak.external.publicUrl | trimSuffix "/" }}
{{- end }}
{{- end }}

{{/* Database */}}

{{- define "klik.cnpgClusterName" -}}
{{- printf "%s-db" (include "klik.fullname" .) | trunc 50 | trimSuffix "-" }}
{{- end }}

{{- define "klik.keycloakCnpgClusterName" -}}
{{- printf "%s-keycloak-db" (include "klik.fullname" .) | trunc 50 | trimSuffix "-" }}
{{- end }}

{{/*
Database connection of the app and the migrator. Credentials always come from a Secret: an
existing one (external) or the "<cluster>-app" Secret the CloudNativePG operator generates.
*/}}
{{- define "klik.databaseEnv" -}}
{{- if eq .Values.database.mode "cnpg" }}
{{- $cluster := include "klik.cnpgClusterName" . }}
- name: KLIK_DB_URL
  value: {{ printf "jdbc:postgresql://%s-rw.%s.svc:5432/%s" $cluster .Release.Namespace .Values.database.cnpg.database | quote }}
- name: KLIK_DB_USER
  valueFrom:
    secretKeyRef:
      name: {{ $cluster }}-app
      key: username
- name: KLIK_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $cluster }}-app
      key: password
{{- else }}
{{- $ext := .Values.database.external }}
{{- if regexMatch "(?i)password=" $ext.jdbcUrl }}
{{- fail "database.external.jdbcUrl must not carry a password: put it in the Secret named by database.external.existingSecret" }}
{{- end }}
- name: KLIK_DB_URL
  value: {{ $ext.jdbcUrl | quote }}
- name: KLIK_DB_USER
  valueFrom:
    secretKeyRef:
      name: {{ $ext.existingSecret }}
      key: {{ $ext.userKey }}
- name: KLIK_DB_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $ext.existingSecret }}
      key: {{ $ext.passwordKey }}
{{- end }}
{{- end }}

{{/* Pod-level pieces shared by the Deployment and the migrator Job */}}

{{- define "klik.javaToolOptions" -}}
{{- printf "-XX:MaxRAMPercentage=%v -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp %s" .Values.jvm.maxRAMPercentage .Values.jvm.extraOptions | trim }}
{{- end }}

{{/*
Files of the tenants/ folder (a symlink to the repo's top-level tenants/), as a list of
dicts {path, key}. ConfigMap keys cannot contain '/', so "<slug>/templates/x.yaml" becomes
"<slug>__templates__x.yaml"; the Deployment's volume items restore the layout.
*/}}
{{- define "klik.tenantFiles" -}}
{{- if .Files.Get "tenants" }}
{{- fail "helm/klik/tenants must be a symlink to ../../tenants, not a file: clone with symlinks enabled (git config core.symlinks true)" }}
{{- end }}
{{- $files := list }}
{{- range $path, $_ := .Files.Glob "tenants/*/**" }}
{{- $rel := trimPrefix "tenants/" $path }}
{{- $key := $rel | replace "/" "__" }}
{{- if not (regexMatch "^[-._a-zA-Z0-9]+$" $key) }}
{{- fail (printf "tenants/%s: file and folder names may only use letters, digits, '-', '_' and '.' (ConfigMap key rules)" $rel) }}
{{- end }}
{{- $files = append $files (dict "path" $path "rel" $rel "key" $key) }}
{{- end }}
{{- toJson $files }}
{{- end }}
