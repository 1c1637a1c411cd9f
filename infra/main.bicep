// ReportPipeline in Azure: one storage account (reports in, tables, queues), a Functions app on
// the Flex Consumption plan that reaches it with its managed identity only, Application Insights,
// and the Event Grid subscription that feeds the blob trigger.
//
// Deploy in two passes (see README "Deploying to Azure"): the Event Grid subscription needs the
// app's `blobs_extension` key, which exists only once the code with the blob trigger is running.

targetScope = 'resourceGroup'

@description('Short name the resource names derive from (lowercase letters and digits).')
@minLength(3)
@maxLength(11)
param appName string = 'rptpipeline'

@description('Azure region; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Makes the global names (storage account, app host name) unique.')
param nameSuffix string = uniqueString(resourceGroup().id)

@description('NCRONTAB schedule (six fields, UTC) of the comparison run. Daily at 06:00 by default.')
param compareSchedule string = '0 0 6 * * *'

@description('Base URL used in emails for confirm, unsubscribe and timeline links. Empty: the app\'s own https host name.')
param publicBaseUrl string = ''

@description('SMTP host for alert emails. Empty: no SMTP, messages are written to the pickup folder (not useful in Azure).')
param smtpHost string = ''

@description('SMTP port.')
param smtpPort int = 587

@description('Use TLS (STARTTLS or implicit by port) for SMTP.')
param smtpUseTls bool = true

@description('SMTP user name.')
param smtpUser string = ''

@description('SMTP password, when it is not taken from Key Vault (see keyVaultName).')
@secure()
param smtpPassword string = ''

@description('Sender address of alert emails, e.g. "ReportPipeline <alerts@example.org>".')
param smtpFrom string = ''

@description('Optional language model endpoint (OpenAI, Azure OpenAI v1 or any OpenAI-compatible server). Empty: rules only.')
param aiEndpoint string = ''

@description('Model or deployment name at aiEndpoint.')
param aiModel string = ''

@description('API key for aiEndpoint, when it is not taken from Key Vault (see keyVaultName).')
@secure()
param aiApiKey string = ''

@description('Key readers must send (X-Api-Key header or ?key=) to use the read API, feeds and dashboard data. Empty: reading is public.')
@secure()
param webReadKey string = ''

@description('Existing Key Vault (same resource group) holding the secrets. When set, the app reads the SMTP password and the model API key as Key Vault references and gets the Key Vault Secrets User role on the vault.')
param keyVaultName string = ''

@description('Secret name of the SMTP password in keyVaultName.')
param smtpPasswordSecretName string = 'smtp-password'

@description('Secret name of the model API key in keyVaultName.')
param aiApiKeySecretName string = 'ai-api-key'

@description('Second pass, after the code is published: create the Event Grid subscription that calls the blob trigger.')
param subscribeBlobEvents bool = false

@description('Flex Consumption: most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Flex Consumption: memory per instance (MB). PDF extraction likes 2048.')
@allowed([512, 2048, 4096])
param instanceMemoryMB int = 2048

var storageAccountName = toLower('${appName}${nameSuffix}')
var functionAppName = '${appName}-func-${nameSuffix}'
// Container, queue and table names the code uses (functions/ReportPipeline.Functions, src/ReportPipeline.Storage).
var reportsContainer = 'reports'
var failedContainer = 'reports-failed'
var deploymentContainer = 'app-package'
var compareQueue = 'compare-countries'
var notifyQueue = 'notify-subscribers'
var deletionsQueue = 'report-deletions'
// The code creates missing tables itself (Table Data Contributor allows it); listing them here
// makes the account complete before the first run. Tests keep this list equal to the code's names.
var tables = [
  'Documents'
  'Facts'
  'Statements'
  'Countries'
  'Contents'
  'BlobNames'
  'ModelAnswers'
  'Alerts'
  'Subscriptions'
  'SubscriptionTokens'
  'Deliveries'
  'CompareRuns'
]
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
}
var storageRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]
var useKeyVault = !empty(keyVaultName)

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    // Identity only: nothing in the app's settings can leak a key.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2024-01-01' = {
  parent: storage
  name: 'default'
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2024-01-01' = [
  for name in [reportsContainer, failedContainer, deploymentContainer]: {
    parent: blobService
    name: name
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2024-01-01' = {
  parent: storage
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2024-01-01' = [
  for name in [compareQueue, notifyQueue, deletionsQueue]: {
    parent: queueService
    name: name
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2024-01-01' = {
  parent: storage
  name: 'default'
}

resource storageTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2024-01-01' = [
  for name in tables: {
    parent: tableService
    name: name
  }
]

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${appName}-logs-${nameSuffix}'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${appName}-insights-${nameSuffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    // Telemetry is accepted only with Entra ID auth (the app's identity), not with the key alone.
    DisableLocalAuth: true
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan-${nameSuffix}'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: {
            type: 'SystemAssignedIdentity'
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource storageRoleAssignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in storageRoles: {
    name: guid(storage.id, functionApp.id, roleId)
    scope: storage
    properties: {
      principalId: functionApp.identity.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    }
  }
]

resource insightsRoleAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, functionApp.id, roles.monitoringMetricsPublisher)
  scope: insights
  properties: {
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = if (useKeyVault) {
  name: useKeyVault ? keyVaultName : 'unused'
}

resource vaultRoleAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (useKeyVault) {
  name: guid(resourceGroup().id, keyVaultName, functionApp.id, roles.keyVaultSecretsUser)
  scope: vault
  properties: {
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser)
  }
}

// Every setting the app reads (local.settings.sample.json documents each one). The host
// storage connection is identity-based: AzureWebJobsStorage__* names the account, no key.
resource appSettings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: {
    AzureWebJobsStorage__accountName: storage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD'
    CompareSchedule: compareSchedule
    ReportPipeline__PublicBaseUrl: empty(publicBaseUrl) ? 'https://${functionApp.properties.defaultHostName}' : publicBaseUrl
    ReportPipeline__Smtp__Host: smtpHost
    ReportPipeline__Smtp__Port: string(smtpPort)
    ReportPipeline__Smtp__UseTls: string(smtpUseTls)
    ReportPipeline__Smtp__User: smtpUser
    ReportPipeline__Smtp__Password: useKeyVault
      ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${smtpPasswordSecretName})'
      : smtpPassword
    ReportPipeline__Smtp__From: smtpFrom
    ReportPipeline__Ai__Endpoint: aiEndpoint
    ReportPipeline__Ai__Model: aiModel
    // With a model configured, ingestion asks it about the sentences the rules are unsure of.
    ReportPipeline__Ai__UseDuringIngest: string(!empty(aiEndpoint))
    ReportPipeline__Ai__ApiKey: useKeyVault && !empty(aiEndpoint)
      ? '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${aiApiKeySecretName})'
      : aiApiKey
    ReportPipeline__Web__ReadKey: webReadKey
  }
  // The host starts with these settings: its identity must already hold the data roles.
  dependsOn: [
    storageRoleAssignments
    insightsRoleAssignment
    vaultRoleAssignment
  ]
}

resource storageEvents 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: '${storage.name}-events'
  location: location
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// Feeds the Event Grid–sourced blob trigger of IngestReport: BlobCreated in `reports` only.
resource ingestSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = if (subscribeBlobEvents) {
  parent: storageEvents
  name: 'ingest-reports'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.IngestReport&code=${listKeys('${functionApp.id}/host/default', '2024-04-01').systemKeys.blobs_extension}'
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${reportsContainer}/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
  dependsOn: [
    appSettings
  ]
}

// Feeds RetractDeletedReport: BlobDeleted in `reports`, through a queue (the isolated worker's Event Grid
// trigger package is not on this project's feed; the queue also keeps events while the app is down).
resource deletionsSubscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = if (subscribeBlobEvents) {
  parent: storageEvents
  name: 'retract-deleted-reports'
  properties: {
    destination: {
      endpointType: 'StorageQueue'
      properties: {
        resourceId: storage.id
        queueName: deletionsQueue
        queueMessageTimeToLiveInSeconds: 604800
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobDeleted'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${reportsContainer}/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
  dependsOn: [
    queues
  ]
}

output functionAppName string = functionApp.name
output functionAppUrl string = 'https://${functionApp.properties.defaultHostName}'
output storageAccountName string = storage.name
output reportsContainerUrl string = '${storage.properties.primaryEndpoints.blob}${reportsContainer}'
output applicationInsightsName string = insights.name
