// Example parameters: copy, fill in, and pass with `az deployment group create -p main.bicepparam`.
// Secrets come from environment variables so that they never land in a file.
using './main.bicep'

param appName = 'rptpipeline'
param compareSchedule = '0 0 6 * * *'
param smtpHost = 'smtp.example.org'
param smtpPort = 587
param smtpUser = 'alerts@example.org'
param smtpPassword = readEnvironmentVariable('REPORTPIPELINE_SMTP_PASSWORD', '')
param smtpFrom = 'ReportPipeline <alerts@example.org>'
param aiEndpoint = ''
param aiModel = ''
param aiApiKey = readEnvironmentVariable('REPORTPIPELINE_AI_API_KEY', '')
param subscribeBlobEvents = bool(readEnvironmentVariable('REPORTPIPELINE_SUBSCRIBE_BLOB_EVENTS', 'false'))
