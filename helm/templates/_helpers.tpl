{{/*
Chart name, truncated to 63 characters (a DNS label).
*/}}
{{- define "samverka.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Full name of the release's objects: the release name, with the chart name unless it already
contains it.
*/}}
{{- define "samverka.fullname" -}}
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

{{- define "samverka.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels of the release, without the component.
*/}}
{{- define "samverka.releaseSelectorLabels" -}}
app.kubernetes.io/name: {{ include "samverka.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
Selector of the portal pods. The component keeps the migrations Job's pod out of the Service.
*/}}
{{- define "samverka.selectorLabels" -}}
{{ include "samverka.releaseSelectorLabels" . }}
app.kubernetes.io/component: portal
{{- end }}

{{- define "samverka.labels" -}}
helm.sh/chart: {{ include "samverka.chart" . }}
{{ include "samverka.releaseSelectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: samverka
{{- end }}

{{- define "samverka.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "samverka.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "samverka.image" -}}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}

{{- define "samverka.tenantsConfigMap" -}}
{{- default (printf "%s-tenants" (include "samverka.fullname" .)) .Values.tenants.existingConfigMap }}
{{- end }}

{{/*
The JDBC URL of the external MySQL database.
*/}}
{{- define "samverka.jdbcUrl" -}}
{{- $db := .Values.database }}
{{- $url := printf "jdbc:mysql://%s:%v/%s" $db.host $db.port $db.name }}
{{- if $db.parameters }}
{{- $url = printf "%s?%s" $url $db.parameters }}
{{- end }}
{{- $url }}
{{- end }}

{{/*
A secretKeyRef env var: (list "NAME" secretName key).
*/}}
{{- define "samverka.secretEnv" -}}
- name: {{ index . 0 }}
  valueFrom:
    secretKeyRef:
      name: {{ index . 1 | quote }}
      key: {{ index . 2 | quote }}
{{- end }}

{{/*
The portal's environment, shared by the Deployment and the migrations Job. Secrets are only ever
referenced (secretKeyRef), never inlined.
OIDC uses the portal's own variables (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, and the
portal-admin service account for user administration); SMTP uses micronaut-email-javamail's (javamail.*).
*/}}
{{- define "samverka.env" -}}
- name: MICRONAUT_ENVIRONMENTS
  value: prod
- name: MICRONAUT_SERVER_PORT
  value: {{ .Values.containerPort | quote }}
- name: JAVA_TOOL_OPTIONS
  value: {{ .Values.javaToolOptions | quote }}
- name: SAMVERKA_DEMO_USERS_ENABLED
  value: "false"
- name: SAMVERKA_TENANTS_DIR
  value: {{ .Values.tenants.mountPath | quote }}
- name: SAMVERKA_PLATFORM_HOSTS
  value: {{ join "," .Values.platformHosts | quote }}
- name: SAMVERKA_TRUSTED_PROXIES
  value: {{ join "," .Values.trustedProxies | quote }}
- name: DATASOURCES_DEFAULT_URL
  value: {{ include "samverka.jdbcUrl" . | quote }}
{{ include "samverka.secretEnv" (list "DATASOURCES_DEFAULT_USERNAME" .Values.database.existingSecret .Values.database.usernameKey) }}
{{ include "samverka.secretEnv" (list "DATASOURCES_DEFAULT_PASSWORD" .Values.database.existingSecret .Values.database.passwordKey) }}
{{ include "samverka.secretEnv" (list "SAMVERKA_SESSION_SECRET" .Values.session.existingSecret .Values.session.secretKey) }}
{{- if .Values.oidc.enabled }}
- name: OIDC_ISSUER
  value: {{ .Values.oidc.issuer | quote }}
- name: OIDC_CLIENT_ID
  value: {{ .Values.oidc.clientId | quote }}
{{ include "samverka.secretEnv" (list "OIDC_CLIENT_SECRET" .Values.oidc.existingSecret .Values.oidc.clientSecretKey) }}
- name: OIDC_ADMIN_CLIENT_ID
  value: {{ .Values.oidc.adminClientId | quote }}
{{ include "samverka.secretEnv" (list "OIDC_ADMIN_CLIENT_SECRET" .Values.oidc.existingSecret .Values.oidc.adminClientSecretKey) }}
{{- end }}
{{- if .Values.smtp.enabled }}
- name: JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST
  value: {{ .Values.smtp.host | quote }}
- name: JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT
  value: {{ .Values.smtp.port | quote }}
- name: JAVAMAIL_PROPERTIES_MAIL_SMTP_AUTH
  value: "true"
- name: JAVAMAIL_PROPERTIES_MAIL_SMTP_STARTTLS_ENABLE
  value: {{ .Values.smtp.starttls | quote }}
- name: MICRONAUT_EMAIL_FROM_EMAIL
  value: {{ .Values.smtp.from | quote }}
{{ include "samverka.secretEnv" (list "JAVAMAIL_AUTHENTICATION_USERNAME" .Values.smtp.existingSecret .Values.smtp.usernameKey) }}
{{ include "samverka.secretEnv" (list "JAVAMAIL_AUTHENTICATION_PASSWORD" .Values.smtp.existingSecret .Values.smtp.passwordKey) }}
{{- end }}
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/*
The security context of every container of the chart.
*/}}
{{- define "samverka.containerSecurityContext" -}}
{{ toYaml .Values.securityContext }}
{{- end }}
