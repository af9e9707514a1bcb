/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": typeof types.RequestEmailVerificationDocument,
    "\n  query Languages {\n    languages {\n      code\n      name\n    }\n  }\n": typeof types.LanguagesDocument,
    "\n  mutation ReportMissingTranslations($strings: [MissingStringInput!]!) {\n    reportMissingTranslations(strings: $strings)\n  }\n": typeof types.ReportMissingTranslationsDocument,
    "\n  mutation SetAccountLanguage($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      language\n    }\n  }\n": typeof types.SetAccountLanguageDocument,
    "\n  query Access {\n    accessInfo {\n      host\n      user\n      shell\n      home\n      sites {\n        domain\n        path\n      }\n    }\n    sshKeys {\n      id\n      type\n      bits\n      fingerprint\n      comment\n      createdAt\n    }\n    accessChangesPending\n  }\n": typeof types.AccessDocument,
    "\n  mutation AddSshKey($input: AddSshKeyInput!) {\n    addSshKey(input: $input) {\n      id\n      fingerprint\n    }\n  }\n": typeof types.AddSshKeyDocument,
    "\n  mutation RemoveSshKey($id: ID!) {\n    removeSshKey(id: $id)\n  }\n": typeof types.RemoveSshKeyDocument,
    "\n  mutation SetShellAccess($shell: ShellAccess!) {\n    setShellAccess(shell: $shell) {\n      shell\n    }\n  }\n": typeof types.SetShellAccessDocument,
    "\n  query CronJobs {\n    cronJobs {\n      id\n      schedule\n      command\n      isEnabled\n      lastRunAt\n      lastExitCode\n      lastOutput\n      preview {\n        description\n      }\n    }\n    accessChangesPending\n  }\n": typeof types.CronJobsDocument,
    "\n  query CronPreview($schedule: String!) {\n    cronSchedulePreview(schedule: $schedule) {\n      isValid\n      description\n      nextRuns\n    }\n  }\n": typeof types.CronPreviewDocument,
    "\n  mutation CreateCronJob($input: CronJobInputType!) {\n    createCronJob(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCronJobDocument,
    "\n  mutation UpdateCronJob($id: ID!, $input: CronJobInputType!) {\n    updateCronJob(id: $id, input: $input) {\n      id\n      isEnabled\n    }\n  }\n": typeof types.UpdateCronJobDocument,
    "\n  mutation DeleteCronJob($id: ID!) {\n    deleteCronJob(id: $id)\n  }\n": typeof types.DeleteCronJobDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      language\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerifiedAt\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  fragment SessionAccount on Account {\n    id\n    email\n    role\n    language\n    systemName\n    emailVerifiedAt\n  }\n": typeof types.SessionAccountFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Alerts($status: AlertStatus) {\n    alerts(status: $status) {\n      id\n      kind\n      status\n      hostName\n      siteDomain\n      accountEmail\n      commandType\n      commandId\n      message\n      createdAt\n      resolvedAt\n    }\n  }\n": typeof types.AlertsDocument,
    "\n  mutation RetryAlert($id: ID!) {\n    retryAlert(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.RetryAlertDocument,
    "\n  mutation DismissAlert($id: ID!) {\n    dismissAlert(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DismissAlertDocument,
    "\n  query AdminSites($search: String) {\n    adminSites(search: $search, limit: 100) {\n      id\n      domain\n      status\n      isBlocked\n      ownerEmail\n      createdAt\n      operation {\n        type\n        status\n        attempt\n      }\n    }\n  }\n": typeof types.AdminSitesDocument,
    "\n  mutation BlockSite($id: ID!) {\n    blockSite(id: $id) {\n      id\n      isBlocked\n      status\n    }\n  }\n": typeof types.BlockSiteDocument,
    "\n  mutation UnblockSite($id: ID!) {\n    unblockSite(id: $id) {\n      id\n      isBlocked\n      status\n    }\n  }\n": typeof types.UnblockSiteDocument,
    "\n  fragment PriceFigures on Prices {\n    cpuSecond\n    memoryGbHour\n    diskGbDay\n    trafficGb\n    millionIoOperations\n    mysqlBusyHour\n  }\n": typeof types.PriceFiguresFragmentDoc,
    "\n  query Wallet($first: Int!, $after: String, $kind: String, $days: Int!) {\n    wallet {\n      testPayments\n      balance {\n        amount\n        currency\n      }\n      spent24h {\n        amount\n      }\n      spent30d {\n        amount\n      }\n      spentThisMonth {\n        amount\n      }\n      runwayDays\n      isLow\n      negativeSince\n      blockAt\n      sitesBlocked\n      monthlyLimit {\n        amount\n      }\n      limitBlocks\n      spendingAlerts {\n        amount\n      }\n      spending(days: $days) {\n        day\n        total {\n          amount\n        }\n        resources {\n          resource\n          amount {\n            amount\n          }\n        }\n        sites {\n          siteId\n          domain\n          amount {\n            amount\n          }\n        }\n      }\n      entries(first: $first, after: $after, kind: $kind) {\n        items {\n          id\n          kind\n          hour\n          amount {\n            amount\n          }\n          createdAt\n        }\n        nextCursor\n      }\n    }\n  }\n": typeof types.WalletDocument,
    "\n  query BalanceState {\n    sites {\n      id\n    }\n    wallet {\n      balance {\n        amount\n      }\n      isLow\n      blockAt\n      sitesBlocked\n    }\n  }\n": typeof types.BalanceStateDocument,
    "\n  mutation TopUp($amount: String!, $idempotencyKey: String) {\n    topUp(amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      checkoutUrl\n    }\n  }\n": typeof types.TopUpDocument,
    "\n  mutation SetSpendingLimits($input: SpendingLimitsInput!) {\n    setSpendingLimits(input: $input) {\n      monthlyLimit {\n        amount\n      }\n      limitBlocks\n      sitesBlocked\n      spendingAlerts {\n        amount\n      }\n    }\n  }\n": typeof types.SetSpendingLimitsDocument,
    "\n  query EstimateCost($input: CostEstimateInput!) {\n    estimateCost(input: $input) {\n      monthly {\n        amount\n        currency\n      }\n      breakdown {\n        resource\n        amount {\n          amount\n        }\n      }\n      prices {\n        ...PriceFigures\n      }\n    }\n  }\n": typeof types.EstimateCostDocument,
    "\n  query PriceLists {\n    priceLists {\n      validFrom\n      validUntil\n      isCurrent\n      prices {\n        ...PriceFigures\n      }\n    }\n  }\n": typeof types.PriceListsDocument,
    "\n  mutation SchedulePrices($input: PriceListInput!) {\n    schedulePrices(input: $input) {\n      validFrom\n    }\n  }\n": typeof types.SchedulePricesDocument,
    "\n  query AdminPayments {\n    payments {\n      id\n      accountId\n      customerEmail\n      provider\n      status\n      amount {\n        amount\n      }\n      refunded {\n        amount\n      }\n      createdAt\n    }\n  }\n": typeof types.AdminPaymentsDocument,
    "\n  mutation RefundPayment($paymentId: ID!, $amount: String) {\n    refundPayment(paymentId: $paymentId, amount: $amount) {\n      id\n      refunded {\n        amount\n      }\n    }\n  }\n": typeof types.RefundPaymentDocument,
    "\n  query SiteCertificate($id: ID!) {\n    site(id: $id) {\n      id\n      certificate {\n        mode\n        status\n        domains\n        notAfter\n        issuer\n        lastError\n        nextAttemptAt\n      }\n    }\n  }\n": typeof types.SiteCertificateDocument,
    "\n  mutation UploadCertificate($siteId: ID!, $certificate: String!, $key: String!) {\n    uploadCertificate(siteId: $siteId, certificate: $certificate, key: $key) {\n      status\n    }\n  }\n": typeof types.UploadCertificateDocument,
    "\n  mutation IssueCertificate($siteId: ID!) {\n    issueCertificate(siteId: $siteId) {\n      status\n    }\n  }\n": typeof types.IssueCertificateDocument,
    "\n  mutation RevokeCertificate($siteId: ID!) {\n    revokeCertificate(siteId: $siteId) {\n      status\n    }\n  }\n": typeof types.RevokeCertificateDocument,
    "\n  query Databases {\n    databases {\n      id\n      name\n      user\n      host\n      port\n      status\n      sizeBytes\n      createdAt\n      restorableUntil\n    }\n  }\n": typeof types.DatabasesDocument,
    "\n  mutation CreateDatabase($input: CreateDatabaseInput!) {\n    createDatabase(input: $input) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateDatabaseDocument,
    "\n  mutation ResetDatabasePassword($id: ID!) {\n    resetDatabasePassword(id: $id) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ResetDatabasePasswordDocument,
    "\n  mutation DeleteDatabase($id: ID!) {\n    deleteDatabase(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeleteDatabaseDocument,
    "\n  mutation RestoreDatabase($id: ID!) {\n    restoreDatabase(id: $id) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RestoreDatabaseDocument,
    "\n  query Hosts {\n    hosts {\n      id\n      name\n      status\n      os\n      nginxVersion\n      phpVersions\n      tools\n      cpuCores\n      memoryMb\n      diskGb\n      createdAt\n      lastSeenAt\n    }\n  }\n": typeof types.HostsDocument,
    "\n  mutation CreateHostEnrollment($name: String!) {\n    createHostEnrollment(name: $name) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.CreateHostEnrollmentDocument,
    "\n  mutation DisableHost($id: ID!) {\n    disableHost(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DisableHostDocument,
    "\n  query TranslationProgress {\n    translationProgress {\n      translated\n      total\n      language {\n        code\n        name\n      }\n    }\n  }\n": typeof types.TranslationProgressDocument,
    "\n  query TranslationStrings($input: TranslationStringsInput!) {\n    translationStrings(input: $input) {\n      total\n      items {\n        id\n        text\n        context\n        seenIn\n        lastSeenAt\n        isPlural\n        pluralCategories\n        translation\n        pluralForms\n        updatedAt\n      }\n    }\n  }\n": typeof types.TranslationStringsDocument,
    "\n  mutation SaveTranslation($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      translation\n      pluralForms\n      updatedAt\n    }\n  }\n": typeof types.SaveTranslationDocument,
    "\n  mutation AddLanguage($code: String!, $name: String!) {\n    addLanguage(code: $code, name: $name) {\n      code\n      name\n    }\n  }\n": typeof types.AddLanguageDocument,
    "\n  query SiteImports($siteId: ID!) {\n    siteImports(siteId: $siteId) {\n      id\n      status\n      error\n      files\n      bytes\n      preset\n      settingsFile\n      steps\n      currentStep\n      createdAt\n      finishedAt\n    }\n  }\n": typeof types.SiteImportsDocument,
    "\n  mutation ImportSite($input: ImportSiteInput!) {\n    importSite(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ImportSiteDocument,
    "\n  query SiteMalware($siteId: ID) {\n    malwareFindings(siteId: $siteId) {\n      id\n      path\n      signature\n      status\n      foundAt\n    }\n  }\n": typeof types.SiteMalwareDocument,
    "\n  mutation QuarantineFile($id: ID!) {\n    quarantineFile(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.QuarantineFileDocument,
    "\n  query NginxEditor($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      domain\n      preset\n    }\n    nginxPresets {\n      id\n      name\n      description\n      publicRoot\n      variants {\n        id\n        name\n      }\n    }\n    siteNginxRevisions(siteId: $siteId) {\n      revision\n      preset\n      variant\n      options\n      createdAt\n    }\n  }\n": typeof types.NginxEditorDocument,
    "\n  query PreviewNginx($siteId: ID!, $input: NginxConfigInput!) {\n    previewNginxConfig(siteId: $siteId, input: $input) {\n      text\n      diff\n      problems {\n        field\n        message\n        severity\n      }\n    }\n  }\n": typeof types.PreviewNginxDocument,
    "\n  mutation UpdateSiteNginx($siteId: ID!, $input: NginxConfigInput!) {\n    updateSiteNginx(siteId: $siteId, input: $input) {\n      revision\n    }\n  }\n": typeof types.UpdateSiteNginxDocument,
    "\n  mutation RollbackSiteNginx($siteId: ID!, $revision: Int!) {\n    rollbackSiteNginx(siteId: $siteId, revision: $revision) {\n      revision\n    }\n  }\n": typeof types.RollbackSiteNginxDocument,
    "\n  mutation DetectSitePreset($siteId: ID!, $files: [String!]!) {\n    detectSitePreset(siteId: $siteId, files: $files) {\n      preset\n      variant\n      version\n      evidence\n    }\n  }\n": typeof types.DetectSitePresetDocument,
    "\n  query ProtectedPathUsers($siteId: ID!) {\n    protectedPathUsers(siteId: $siteId) {\n      path\n      usernames\n    }\n  }\n": typeof types.ProtectedPathUsersDocument,
    "\n  mutation SetProtectedPathUser($siteId: ID!, $input: ProtectedPathUserInput!) {\n    setProtectedPathUser(siteId: $siteId, input: $input) {\n      path\n      usernames\n    }\n  }\n": typeof types.SetProtectedPathUserDocument,
    "\n  mutation RemoveProtectedPathUser($siteId: ID!, $path: String!, $username: String!) {\n    removeProtectedPathUser(siteId: $siteId, path: $path, username: $username) {\n      path\n      usernames\n    }\n  }\n": typeof types.RemoveProtectedPathUserDocument,
    "\n  query SitePhp($siteId: ID!) {\n    sitePhp(siteId: $siteId) {\n      versions\n      maxMemoryLimitMb\n      maxUploadMb\n      maxExecutionSeconds\n      timezones\n      current {\n        version\n        memoryLimitMb\n        uploadMaxMb\n        maxExecutionSeconds\n        displayErrors\n        timezone\n      }\n    }\n  }\n": typeof types.SitePhpDocument,
    "\n  mutation UpdateSitePhp($siteId: ID!, $input: PhpSettingsInput!) {\n    updateSitePhp(siteId: $siteId, input: $input) {\n      version\n    }\n  }\n": typeof types.UpdateSitePhpDocument,
    "\n  query PartnerProfile {\n    partnerProfile {\n      code\n      link\n      shareBasisPoints\n      pending {\n        amount\n      }\n      available {\n        amount\n      }\n      requested {\n        amount\n      }\n      paid {\n        amount\n      }\n      payoutMinimum {\n        amount\n      }\n      payouts {\n        id\n        amount {\n          amount\n        }\n        status\n        requestedAt\n        decidedAt\n      }\n    }\n  }\n": typeof types.PartnerProfileDocument,
    "\n  query ReferralFigures($from: DateTime!, $to: DateTime!, $groupBy: Period) {\n    referralStats(from: $from, to: $to, groupBy: $groupBy) {\n      totals {\n        clicks\n        signups\n        payingCustomers\n        referredPayments {\n          amount\n        }\n        commissionPending {\n          amount\n        }\n        commissionAvailable {\n          amount\n        }\n        commissionPaid {\n          amount\n        }\n        commissionReversed {\n          amount\n        }\n      }\n      periods {\n        start\n        figures {\n          clicks\n          signups\n          payingCustomers\n          commissionPending {\n            amount\n          }\n          commissionAvailable {\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.ReferralFiguresDocument,
    "\n  mutation BecomePartner {\n    becomePartner {\n      code\n    }\n  }\n": typeof types.BecomePartnerDocument,
    "\n  mutation RequestPayout($amount: String!) {\n    requestPayout(amount: $amount) {\n      id\n      status\n    }\n  }\n": typeof types.RequestPayoutDocument,
    "\n  query PartnerTokens {\n    partnerTokens {\n      id\n      name\n      createdAt\n    }\n  }\n": typeof types.PartnerTokensDocument,
    "\n  mutation CreatePartnerToken($name: String!) {\n    createPartnerToken(name: $name) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreatePartnerTokenDocument,
    "\n  mutation RevokePartnerToken($id: ID!) {\n    revokePartnerToken(id: $id)\n  }\n": typeof types.RevokePartnerTokenDocument,
    "\n  query PayoutRequests {\n    payoutRequests {\n      id\n      partnerEmail\n      amount {\n        amount\n      }\n      status\n      requestedAt\n      decidedAt\n    }\n  }\n": typeof types.PayoutRequestsDocument,
    "\n  mutation DecidePayout($id: ID!, $paid: Boolean!) {\n    decidePayout(id: $id, paid: $paid) {\n      id\n      status\n    }\n  }\n": typeof types.DecidePayoutDocument,
    "\n  query Sites {\n    sites {\n      id\n      domain\n      aliases\n      status\n      createdAt\n      operation {\n        type\n        status\n        attempt\n      }\n    }\n  }\n": typeof types.SitesDocument,
    "\n  query Site($id: ID!) {\n    site(id: $id) {\n      id\n      domain\n      aliases\n      status\n      statusMessage\n      isBlocked\n      preset\n      presetName\n      phpVersion\n      createdAt\n      updatedAt\n      operation {\n        type\n        status\n        attempt\n        createdAt\n      }\n    }\n  }\n": typeof types.SiteDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      domain\n      aliases\n      status\n      createdAt\n    }\n  }\n": typeof types.CreateSiteDocument,
    "\n  mutation DeleteSite($id: ID!) {\n    deleteSite(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeleteSiteDocument,
    "\n  mutation ScanSiteFiles($id: ID!) {\n    scanSiteFiles(id: $id) {\n      id\n    }\n  }\n": typeof types.ScanSiteFilesDocument,
    "\n  query UsageGraphs($input: UsageQuery!) {\n    usage(input: $input) {\n      metric\n      unit\n      step\n      points {\n        t\n        v\n        max\n      }\n    }\n  }\n": typeof types.UsageGraphsDocument,
    "\n  query UsageBreakdown($accountId: ID!, $metric: String!, $from: DateTime!, $to: DateTime!) {\n    usageBreakdown(accountId: $accountId, metric: $metric, from: $from, to: $to) {\n      siteId\n      domain\n      value\n    }\n  }\n": typeof types.UsageBreakdownDocument,
    "\n  query HeaviestAccounts($hostId: ID!, $metric: String!, $from: DateTime!, $to: DateTime!) {\n    heaviestAccounts(hostId: $hostId, metric: $metric, from: $from, to: $to) {\n      siteId\n      domain\n      value\n    }\n  }\n": typeof types.HeaviestAccountsDocument,
};
const documents: Documents = {
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n": types.RequestEmailVerificationDocument,
    "\n  query Languages {\n    languages {\n      code\n      name\n    }\n  }\n": types.LanguagesDocument,
    "\n  mutation ReportMissingTranslations($strings: [MissingStringInput!]!) {\n    reportMissingTranslations(strings: $strings)\n  }\n": types.ReportMissingTranslationsDocument,
    "\n  mutation SetAccountLanguage($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      language\n    }\n  }\n": types.SetAccountLanguageDocument,
    "\n  query Access {\n    accessInfo {\n      host\n      user\n      shell\n      home\n      sites {\n        domain\n        path\n      }\n    }\n    sshKeys {\n      id\n      type\n      bits\n      fingerprint\n      comment\n      createdAt\n    }\n    accessChangesPending\n  }\n": types.AccessDocument,
    "\n  mutation AddSshKey($input: AddSshKeyInput!) {\n    addSshKey(input: $input) {\n      id\n      fingerprint\n    }\n  }\n": types.AddSshKeyDocument,
    "\n  mutation RemoveSshKey($id: ID!) {\n    removeSshKey(id: $id)\n  }\n": types.RemoveSshKeyDocument,
    "\n  mutation SetShellAccess($shell: ShellAccess!) {\n    setShellAccess(shell: $shell) {\n      shell\n    }\n  }\n": types.SetShellAccessDocument,
    "\n  query CronJobs {\n    cronJobs {\n      id\n      schedule\n      command\n      isEnabled\n      lastRunAt\n      lastExitCode\n      lastOutput\n      preview {\n        description\n      }\n    }\n    accessChangesPending\n  }\n": types.CronJobsDocument,
    "\n  query CronPreview($schedule: String!) {\n    cronSchedulePreview(schedule: $schedule) {\n      isValid\n      description\n      nextRuns\n    }\n  }\n": types.CronPreviewDocument,
    "\n  mutation CreateCronJob($input: CronJobInputType!) {\n    createCronJob(input: $input) {\n      id\n    }\n  }\n": types.CreateCronJobDocument,
    "\n  mutation UpdateCronJob($id: ID!, $input: CronJobInputType!) {\n    updateCronJob(id: $id, input: $input) {\n      id\n      isEnabled\n    }\n  }\n": types.UpdateCronJobDocument,
    "\n  mutation DeleteCronJob($id: ID!) {\n    deleteCronJob(id: $id)\n  }\n": types.DeleteCronJobDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": types.LogInDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      language\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerifiedAt\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  fragment SessionAccount on Account {\n    id\n    email\n    role\n    language\n    systemName\n    emailVerifiedAt\n  }\n": types.SessionAccountFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n": types.MeDocument,
    "\n  query Alerts($status: AlertStatus) {\n    alerts(status: $status) {\n      id\n      kind\n      status\n      hostName\n      siteDomain\n      accountEmail\n      commandType\n      commandId\n      message\n      createdAt\n      resolvedAt\n    }\n  }\n": types.AlertsDocument,
    "\n  mutation RetryAlert($id: ID!) {\n    retryAlert(id: $id) {\n      id\n      status\n    }\n  }\n": types.RetryAlertDocument,
    "\n  mutation DismissAlert($id: ID!) {\n    dismissAlert(id: $id) {\n      id\n      status\n    }\n  }\n": types.DismissAlertDocument,
    "\n  query AdminSites($search: String) {\n    adminSites(search: $search, limit: 100) {\n      id\n      domain\n      status\n      isBlocked\n      ownerEmail\n      createdAt\n      operation {\n        type\n        status\n        attempt\n      }\n    }\n  }\n": types.AdminSitesDocument,
    "\n  mutation BlockSite($id: ID!) {\n    blockSite(id: $id) {\n      id\n      isBlocked\n      status\n    }\n  }\n": types.BlockSiteDocument,
    "\n  mutation UnblockSite($id: ID!) {\n    unblockSite(id: $id) {\n      id\n      isBlocked\n      status\n    }\n  }\n": types.UnblockSiteDocument,
    "\n  fragment PriceFigures on Prices {\n    cpuSecond\n    memoryGbHour\n    diskGbDay\n    trafficGb\n    millionIoOperations\n    mysqlBusyHour\n  }\n": types.PriceFiguresFragmentDoc,
    "\n  query Wallet($first: Int!, $after: String, $kind: String, $days: Int!) {\n    wallet {\n      testPayments\n      balance {\n        amount\n        currency\n      }\n      spent24h {\n        amount\n      }\n      spent30d {\n        amount\n      }\n      spentThisMonth {\n        amount\n      }\n      runwayDays\n      isLow\n      negativeSince\n      blockAt\n      sitesBlocked\n      monthlyLimit {\n        amount\n      }\n      limitBlocks\n      spendingAlerts {\n        amount\n      }\n      spending(days: $days) {\n        day\n        total {\n          amount\n        }\n        resources {\n          resource\n          amount {\n            amount\n          }\n        }\n        sites {\n          siteId\n          domain\n          amount {\n            amount\n          }\n        }\n      }\n      entries(first: $first, after: $after, kind: $kind) {\n        items {\n          id\n          kind\n          hour\n          amount {\n            amount\n          }\n          createdAt\n        }\n        nextCursor\n      }\n    }\n  }\n": types.WalletDocument,
    "\n  query BalanceState {\n    sites {\n      id\n    }\n    wallet {\n      balance {\n        amount\n      }\n      isLow\n      blockAt\n      sitesBlocked\n    }\n  }\n": types.BalanceStateDocument,
    "\n  mutation TopUp($amount: String!, $idempotencyKey: String) {\n    topUp(amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      checkoutUrl\n    }\n  }\n": types.TopUpDocument,
    "\n  mutation SetSpendingLimits($input: SpendingLimitsInput!) {\n    setSpendingLimits(input: $input) {\n      monthlyLimit {\n        amount\n      }\n      limitBlocks\n      sitesBlocked\n      spendingAlerts {\n        amount\n      }\n    }\n  }\n": types.SetSpendingLimitsDocument,
    "\n  query EstimateCost($input: CostEstimateInput!) {\n    estimateCost(input: $input) {\n      monthly {\n        amount\n        currency\n      }\n      breakdown {\n        resource\n        amount {\n          amount\n        }\n      }\n      prices {\n        ...PriceFigures\n      }\n    }\n  }\n": types.EstimateCostDocument,
    "\n  query PriceLists {\n    priceLists {\n      validFrom\n      validUntil\n      isCurrent\n      prices {\n        ...PriceFigures\n      }\n    }\n  }\n": types.PriceListsDocument,
    "\n  mutation SchedulePrices($input: PriceListInput!) {\n    schedulePrices(input: $input) {\n      validFrom\n    }\n  }\n": types.SchedulePricesDocument,
    "\n  query AdminPayments {\n    payments {\n      id\n      accountId\n      customerEmail\n      provider\n      status\n      amount {\n        amount\n      }\n      refunded {\n        amount\n      }\n      createdAt\n    }\n  }\n": types.AdminPaymentsDocument,
    "\n  mutation RefundPayment($paymentId: ID!, $amount: String) {\n    refundPayment(paymentId: $paymentId, amount: $amount) {\n      id\n      refunded {\n        amount\n      }\n    }\n  }\n": types.RefundPaymentDocument,
    "\n  query SiteCertificate($id: ID!) {\n    site(id: $id) {\n      id\n      certificate {\n        mode\n        status\n        domains\n        notAfter\n        issuer\n        lastError\n        nextAttemptAt\n      }\n    }\n  }\n": types.SiteCertificateDocument,
    "\n  mutation UploadCertificate($siteId: ID!, $certificate: String!, $key: String!) {\n    uploadCertificate(siteId: $siteId, certificate: $certificate, key: $key) {\n      status\n    }\n  }\n": types.UploadCertificateDocument,
    "\n  mutation IssueCertificate($siteId: ID!) {\n    issueCertificate(siteId: $siteId) {\n      status\n    }\n  }\n": types.IssueCertificateDocument,
    "\n  mutation RevokeCertificate($siteId: ID!) {\n    revokeCertificate(siteId: $siteId) {\n      status\n    }\n  }\n": types.RevokeCertificateDocument,
    "\n  query Databases {\n    databases {\n      id\n      name\n      user\n      host\n      port\n      status\n      sizeBytes\n      createdAt\n      restorableUntil\n    }\n  }\n": types.DatabasesDocument,
    "\n  mutation CreateDatabase($input: CreateDatabaseInput!) {\n    createDatabase(input: $input) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n": types.CreateDatabaseDocument,
    "\n  mutation ResetDatabasePassword($id: ID!) {\n    resetDatabasePassword(id: $id) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n": types.ResetDatabasePasswordDocument,
    "\n  mutation DeleteDatabase($id: ID!) {\n    deleteDatabase(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeleteDatabaseDocument,
    "\n  mutation RestoreDatabase($id: ID!) {\n    restoreDatabase(id: $id) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n": types.RestoreDatabaseDocument,
    "\n  query Hosts {\n    hosts {\n      id\n      name\n      status\n      os\n      nginxVersion\n      phpVersions\n      tools\n      cpuCores\n      memoryMb\n      diskGb\n      createdAt\n      lastSeenAt\n    }\n  }\n": types.HostsDocument,
    "\n  mutation CreateHostEnrollment($name: String!) {\n    createHostEnrollment(name: $name) {\n      token\n      expiresAt\n    }\n  }\n": types.CreateHostEnrollmentDocument,
    "\n  mutation DisableHost($id: ID!) {\n    disableHost(id: $id) {\n      id\n      status\n    }\n  }\n": types.DisableHostDocument,
    "\n  query TranslationProgress {\n    translationProgress {\n      translated\n      total\n      language {\n        code\n        name\n      }\n    }\n  }\n": types.TranslationProgressDocument,
    "\n  query TranslationStrings($input: TranslationStringsInput!) {\n    translationStrings(input: $input) {\n      total\n      items {\n        id\n        text\n        context\n        seenIn\n        lastSeenAt\n        isPlural\n        pluralCategories\n        translation\n        pluralForms\n        updatedAt\n      }\n    }\n  }\n": types.TranslationStringsDocument,
    "\n  mutation SaveTranslation($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      translation\n      pluralForms\n      updatedAt\n    }\n  }\n": types.SaveTranslationDocument,
    "\n  mutation AddLanguage($code: String!, $name: String!) {\n    addLanguage(code: $code, name: $name) {\n      code\n      name\n    }\n  }\n": types.AddLanguageDocument,
    "\n  query SiteImports($siteId: ID!) {\n    siteImports(siteId: $siteId) {\n      id\n      status\n      error\n      files\n      bytes\n      preset\n      settingsFile\n      steps\n      currentStep\n      createdAt\n      finishedAt\n    }\n  }\n": types.SiteImportsDocument,
    "\n  mutation ImportSite($input: ImportSiteInput!) {\n    importSite(input: $input) {\n      id\n      status\n    }\n  }\n": types.ImportSiteDocument,
    "\n  query SiteMalware($siteId: ID) {\n    malwareFindings(siteId: $siteId) {\n      id\n      path\n      signature\n      status\n      foundAt\n    }\n  }\n": types.SiteMalwareDocument,
    "\n  mutation QuarantineFile($id: ID!) {\n    quarantineFile(id: $id) {\n      id\n      status\n    }\n  }\n": types.QuarantineFileDocument,
    "\n  query NginxEditor($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      domain\n      preset\n    }\n    nginxPresets {\n      id\n      name\n      description\n      publicRoot\n      variants {\n        id\n        name\n      }\n    }\n    siteNginxRevisions(siteId: $siteId) {\n      revision\n      preset\n      variant\n      options\n      createdAt\n    }\n  }\n": types.NginxEditorDocument,
    "\n  query PreviewNginx($siteId: ID!, $input: NginxConfigInput!) {\n    previewNginxConfig(siteId: $siteId, input: $input) {\n      text\n      diff\n      problems {\n        field\n        message\n        severity\n      }\n    }\n  }\n": types.PreviewNginxDocument,
    "\n  mutation UpdateSiteNginx($siteId: ID!, $input: NginxConfigInput!) {\n    updateSiteNginx(siteId: $siteId, input: $input) {\n      revision\n    }\n  }\n": types.UpdateSiteNginxDocument,
    "\n  mutation RollbackSiteNginx($siteId: ID!, $revision: Int!) {\n    rollbackSiteNginx(siteId: $siteId, revision: $revision) {\n      revision\n    }\n  }\n": types.RollbackSiteNginxDocument,
    "\n  mutation DetectSitePreset($siteId: ID!, $files: [String!]!) {\n    detectSitePreset(siteId: $siteId, files: $files) {\n      preset\n      variant\n      version\n      evidence\n    }\n  }\n": types.DetectSitePresetDocument,
    "\n  query ProtectedPathUsers($siteId: ID!) {\n    protectedPathUsers(siteId: $siteId) {\n      path\n      usernames\n    }\n  }\n": types.ProtectedPathUsersDocument,
    "\n  mutation SetProtectedPathUser($siteId: ID!, $input: ProtectedPathUserInput!) {\n    setProtectedPathUser(siteId: $siteId, input: $input) {\n      path\n      usernames\n    }\n  }\n": types.SetProtectedPathUserDocument,
    "\n  mutation RemoveProtectedPathUser($siteId: ID!, $path: String!, $username: String!) {\n    removeProtectedPathUser(siteId: $siteId, path: $path, username: $username) {\n      path\n      usernames\n    }\n  }\n": types.RemoveProtectedPathUserDocument,
    "\n  query SitePhp($siteId: ID!) {\n    sitePhp(siteId: $siteId) {\n      versions\n      maxMemoryLimitMb\n      maxUploadMb\n      maxExecutionSeconds\n      timezones\n      current {\n        version\n        memoryLimitMb\n        uploadMaxMb\n        maxExecutionSeconds\n        displayErrors\n        timezone\n      }\n    }\n  }\n": types.SitePhpDocument,
    "\n  mutation UpdateSitePhp($siteId: ID!, $input: PhpSettingsInput!) {\n    updateSitePhp(siteId: $siteId, input: $input) {\n      version\n    }\n  }\n": types.UpdateSitePhpDocument,
    "\n  query PartnerProfile {\n    partnerProfile {\n      code\n      link\n      shareBasisPoints\n      pending {\n        amount\n      }\n      available {\n        amount\n      }\n      requested {\n        amount\n      }\n      paid {\n        amount\n      }\n      payoutMinimum {\n        amount\n      }\n      payouts {\n        id\n        amount {\n          amount\n        }\n        status\n        requestedAt\n        decidedAt\n      }\n    }\n  }\n": types.PartnerProfileDocument,
    "\n  query ReferralFigures($from: DateTime!, $to: DateTime!, $groupBy: Period) {\n    referralStats(from: $from, to: $to, groupBy: $groupBy) {\n      totals {\n        clicks\n        signups\n        payingCustomers\n        referredPayments {\n          amount\n        }\n        commissionPending {\n          amount\n        }\n        commissionAvailable {\n          amount\n        }\n        commissionPaid {\n          amount\n        }\n        commissionReversed {\n          amount\n        }\n      }\n      periods {\n        start\n        figures {\n          clicks\n          signups\n          payingCustomers\n          commissionPending {\n            amount\n          }\n          commissionAvailable {\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.ReferralFiguresDocument,
    "\n  mutation BecomePartner {\n    becomePartner {\n      code\n    }\n  }\n": types.BecomePartnerDocument,
    "\n  mutation RequestPayout($amount: String!) {\n    requestPayout(amount: $amount) {\n      id\n      status\n    }\n  }\n": types.RequestPayoutDocument,
    "\n  query PartnerTokens {\n    partnerTokens {\n      id\n      name\n      createdAt\n    }\n  }\n": types.PartnerTokensDocument,
    "\n  mutation CreatePartnerToken($name: String!) {\n    createPartnerToken(name: $name) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n": types.CreatePartnerTokenDocument,
    "\n  mutation RevokePartnerToken($id: ID!) {\n    revokePartnerToken(id: $id)\n  }\n": types.RevokePartnerTokenDocument,
    "\n  query PayoutRequests {\n    payoutRequests {\n      id\n      partnerEmail\n      amount {\n        amount\n      }\n      status\n      requestedAt\n      decidedAt\n    }\n  }\n": types.PayoutRequestsDocument,
    "\n  mutation DecidePayout($id: ID!, $paid: Boolean!) {\n    decidePayout(id: $id, paid: $paid) {\n      id\n      status\n    }\n  }\n": types.DecidePayoutDocument,
    "\n  query Sites {\n    sites {\n      id\n      domain\n      aliases\n      status\n      createdAt\n      operation {\n        type\n        status\n        attempt\n      }\n    }\n  }\n": types.SitesDocument,
    "\n  query Site($id: ID!) {\n    site(id: $id) {\n      id\n      domain\n      aliases\n      status\n      statusMessage\n      isBlocked\n      preset\n      presetName\n      phpVersion\n      createdAt\n      updatedAt\n      operation {\n        type\n        status\n        attempt\n        createdAt\n      }\n    }\n  }\n": types.SiteDocument,
    "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      domain\n      aliases\n      status\n      createdAt\n    }\n  }\n": types.CreateSiteDocument,
    "\n  mutation DeleteSite($id: ID!) {\n    deleteSite(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeleteSiteDocument,
    "\n  mutation ScanSiteFiles($id: ID!) {\n    scanSiteFiles(id: $id) {\n      id\n    }\n  }\n": types.ScanSiteFilesDocument,
    "\n  query UsageGraphs($input: UsageQuery!) {\n    usage(input: $input) {\n      metric\n      unit\n      step\n      points {\n        t\n        v\n        max\n      }\n    }\n  }\n": types.UsageGraphsDocument,
    "\n  query UsageBreakdown($accountId: ID!, $metric: String!, $from: DateTime!, $to: DateTime!) {\n    usageBreakdown(accountId: $accountId, metric: $metric, from: $from, to: $to) {\n      siteId\n      domain\n      value\n    }\n  }\n": types.UsageBreakdownDocument,
    "\n  query HeaviestAccounts($hostId: ID!, $metric: String!, $from: DateTime!, $to: DateTime!) {\n    heaviestAccounts(hostId: $hostId, metric: $metric, from: $from, to: $to) {\n      siteId\n      domain\n      value\n    }\n  }\n": types.HeaviestAccountsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"): (typeof documents)["\n  mutation RequestEmailVerification {\n    requestEmailVerification\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Languages {\n    languages {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query Languages {\n    languages {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportMissingTranslations($strings: [MissingStringInput!]!) {\n    reportMissingTranslations(strings: $strings)\n  }\n"): (typeof documents)["\n  mutation ReportMissingTranslations($strings: [MissingStringInput!]!) {\n    reportMissingTranslations(strings: $strings)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountLanguage($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountLanguage($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Access {\n    accessInfo {\n      host\n      user\n      shell\n      home\n      sites {\n        domain\n        path\n      }\n    }\n    sshKeys {\n      id\n      type\n      bits\n      fingerprint\n      comment\n      createdAt\n    }\n    accessChangesPending\n  }\n"): (typeof documents)["\n  query Access {\n    accessInfo {\n      host\n      user\n      shell\n      home\n      sites {\n        domain\n        path\n      }\n    }\n    sshKeys {\n      id\n      type\n      bits\n      fingerprint\n      comment\n      createdAt\n    }\n    accessChangesPending\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddSshKey($input: AddSshKeyInput!) {\n    addSshKey(input: $input) {\n      id\n      fingerprint\n    }\n  }\n"): (typeof documents)["\n  mutation AddSshKey($input: AddSshKeyInput!) {\n    addSshKey(input: $input) {\n      id\n      fingerprint\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSshKey($id: ID!) {\n    removeSshKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveSshKey($id: ID!) {\n    removeSshKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetShellAccess($shell: ShellAccess!) {\n    setShellAccess(shell: $shell) {\n      shell\n    }\n  }\n"): (typeof documents)["\n  mutation SetShellAccess($shell: ShellAccess!) {\n    setShellAccess(shell: $shell) {\n      shell\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CronJobs {\n    cronJobs {\n      id\n      schedule\n      command\n      isEnabled\n      lastRunAt\n      lastExitCode\n      lastOutput\n      preview {\n        description\n      }\n    }\n    accessChangesPending\n  }\n"): (typeof documents)["\n  query CronJobs {\n    cronJobs {\n      id\n      schedule\n      command\n      isEnabled\n      lastRunAt\n      lastExitCode\n      lastOutput\n      preview {\n        description\n      }\n    }\n    accessChangesPending\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CronPreview($schedule: String!) {\n    cronSchedulePreview(schedule: $schedule) {\n      isValid\n      description\n      nextRuns\n    }\n  }\n"): (typeof documents)["\n  query CronPreview($schedule: String!) {\n    cronSchedulePreview(schedule: $schedule) {\n      isValid\n      description\n      nextRuns\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCronJob($input: CronJobInputType!) {\n    createCronJob(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCronJob($input: CronJobInputType!) {\n    createCronJob(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCronJob($id: ID!, $input: CronJobInputType!) {\n    updateCronJob(id: $id, input: $input) {\n      id\n      isEnabled\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCronJob($id: ID!, $input: CronJobInputType!) {\n    updateCronJob(id: $id, input: $input) {\n      id\n      isEnabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCronJob($id: ID!) {\n    deleteCronJob(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCronJob($id: ID!) {\n    deleteCronJob(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($email: String!, $password: String!) {\n    logIn(email: $email, password: $password) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      id\n      language\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerifiedAt\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      emailVerifiedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionAccount on Account {\n    id\n    email\n    role\n    language\n    systemName\n    emailVerifiedAt\n  }\n"): (typeof documents)["\n  fragment SessionAccount on Account {\n    id\n    email\n    role\n    language\n    systemName\n    emailVerifiedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Alerts($status: AlertStatus) {\n    alerts(status: $status) {\n      id\n      kind\n      status\n      hostName\n      siteDomain\n      accountEmail\n      commandType\n      commandId\n      message\n      createdAt\n      resolvedAt\n    }\n  }\n"): (typeof documents)["\n  query Alerts($status: AlertStatus) {\n    alerts(status: $status) {\n      id\n      kind\n      status\n      hostName\n      siteDomain\n      accountEmail\n      commandType\n      commandId\n      message\n      createdAt\n      resolvedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetryAlert($id: ID!) {\n    retryAlert(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RetryAlert($id: ID!) {\n    retryAlert(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissAlert($id: ID!) {\n    dismissAlert(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DismissAlert($id: ID!) {\n    dismissAlert(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSites($search: String) {\n    adminSites(search: $search, limit: 100) {\n      id\n      domain\n      status\n      isBlocked\n      ownerEmail\n      createdAt\n      operation {\n        type\n        status\n        attempt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminSites($search: String) {\n    adminSites(search: $search, limit: 100) {\n      id\n      domain\n      status\n      isBlocked\n      ownerEmail\n      createdAt\n      operation {\n        type\n        status\n        attempt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockSite($id: ID!) {\n    blockSite(id: $id) {\n      id\n      isBlocked\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation BlockSite($id: ID!) {\n    blockSite(id: $id) {\n      id\n      isBlocked\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockSite($id: ID!) {\n    unblockSite(id: $id) {\n      id\n      isBlocked\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UnblockSite($id: ID!) {\n    unblockSite(id: $id) {\n      id\n      isBlocked\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceFigures on Prices {\n    cpuSecond\n    memoryGbHour\n    diskGbDay\n    trafficGb\n    millionIoOperations\n    mysqlBusyHour\n  }\n"): (typeof documents)["\n  fragment PriceFigures on Prices {\n    cpuSecond\n    memoryGbHour\n    diskGbDay\n    trafficGb\n    millionIoOperations\n    mysqlBusyHour\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Wallet($first: Int!, $after: String, $kind: String, $days: Int!) {\n    wallet {\n      testPayments\n      balance {\n        amount\n        currency\n      }\n      spent24h {\n        amount\n      }\n      spent30d {\n        amount\n      }\n      spentThisMonth {\n        amount\n      }\n      runwayDays\n      isLow\n      negativeSince\n      blockAt\n      sitesBlocked\n      monthlyLimit {\n        amount\n      }\n      limitBlocks\n      spendingAlerts {\n        amount\n      }\n      spending(days: $days) {\n        day\n        total {\n          amount\n        }\n        resources {\n          resource\n          amount {\n            amount\n          }\n        }\n        sites {\n          siteId\n          domain\n          amount {\n            amount\n          }\n        }\n      }\n      entries(first: $first, after: $after, kind: $kind) {\n        items {\n          id\n          kind\n          hour\n          amount {\n            amount\n          }\n          createdAt\n        }\n        nextCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Wallet($first: Int!, $after: String, $kind: String, $days: Int!) {\n    wallet {\n      testPayments\n      balance {\n        amount\n        currency\n      }\n      spent24h {\n        amount\n      }\n      spent30d {\n        amount\n      }\n      spentThisMonth {\n        amount\n      }\n      runwayDays\n      isLow\n      negativeSince\n      blockAt\n      sitesBlocked\n      monthlyLimit {\n        amount\n      }\n      limitBlocks\n      spendingAlerts {\n        amount\n      }\n      spending(days: $days) {\n        day\n        total {\n          amount\n        }\n        resources {\n          resource\n          amount {\n            amount\n          }\n        }\n        sites {\n          siteId\n          domain\n          amount {\n            amount\n          }\n        }\n      }\n      entries(first: $first, after: $after, kind: $kind) {\n        items {\n          id\n          kind\n          hour\n          amount {\n            amount\n          }\n          createdAt\n        }\n        nextCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BalanceState {\n    sites {\n      id\n    }\n    wallet {\n      balance {\n        amount\n      }\n      isLow\n      blockAt\n      sitesBlocked\n    }\n  }\n"): (typeof documents)["\n  query BalanceState {\n    sites {\n      id\n    }\n    wallet {\n      balance {\n        amount\n      }\n      isLow\n      blockAt\n      sitesBlocked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TopUp($amount: String!, $idempotencyKey: String) {\n    topUp(amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      checkoutUrl\n    }\n  }\n"): (typeof documents)["\n  mutation TopUp($amount: String!, $idempotencyKey: String) {\n    topUp(amount: $amount, idempotencyKey: $idempotencyKey) {\n      id\n      status\n      checkoutUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSpendingLimits($input: SpendingLimitsInput!) {\n    setSpendingLimits(input: $input) {\n      monthlyLimit {\n        amount\n      }\n      limitBlocks\n      sitesBlocked\n      spendingAlerts {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetSpendingLimits($input: SpendingLimitsInput!) {\n    setSpendingLimits(input: $input) {\n      monthlyLimit {\n        amount\n      }\n      limitBlocks\n      sitesBlocked\n      spendingAlerts {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstimateCost($input: CostEstimateInput!) {\n    estimateCost(input: $input) {\n      monthly {\n        amount\n        currency\n      }\n      breakdown {\n        resource\n        amount {\n          amount\n        }\n      }\n      prices {\n        ...PriceFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query EstimateCost($input: CostEstimateInput!) {\n    estimateCost(input: $input) {\n      monthly {\n        amount\n        currency\n      }\n      breakdown {\n        resource\n        amount {\n          amount\n        }\n      }\n      prices {\n        ...PriceFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceLists {\n    priceLists {\n      validFrom\n      validUntil\n      isCurrent\n      prices {\n        ...PriceFigures\n      }\n    }\n  }\n"): (typeof documents)["\n  query PriceLists {\n    priceLists {\n      validFrom\n      validUntil\n      isCurrent\n      prices {\n        ...PriceFigures\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SchedulePrices($input: PriceListInput!) {\n    schedulePrices(input: $input) {\n      validFrom\n    }\n  }\n"): (typeof documents)["\n  mutation SchedulePrices($input: PriceListInput!) {\n    schedulePrices(input: $input) {\n      validFrom\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPayments {\n    payments {\n      id\n      accountId\n      customerEmail\n      provider\n      status\n      amount {\n        amount\n      }\n      refunded {\n        amount\n      }\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query AdminPayments {\n    payments {\n      id\n      accountId\n      customerEmail\n      provider\n      status\n      amount {\n        amount\n      }\n      refunded {\n        amount\n      }\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundPayment($paymentId: ID!, $amount: String) {\n    refundPayment(paymentId: $paymentId, amount: $amount) {\n      id\n      refunded {\n        amount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RefundPayment($paymentId: ID!, $amount: String) {\n    refundPayment(paymentId: $paymentId, amount: $amount) {\n      id\n      refunded {\n        amount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteCertificate($id: ID!) {\n    site(id: $id) {\n      id\n      certificate {\n        mode\n        status\n        domains\n        notAfter\n        issuer\n        lastError\n        nextAttemptAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SiteCertificate($id: ID!) {\n    site(id: $id) {\n      id\n      certificate {\n        mode\n        status\n        domains\n        notAfter\n        issuer\n        lastError\n        nextAttemptAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadCertificate($siteId: ID!, $certificate: String!, $key: String!) {\n    uploadCertificate(siteId: $siteId, certificate: $certificate, key: $key) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation UploadCertificate($siteId: ID!, $certificate: String!, $key: String!) {\n    uploadCertificate(siteId: $siteId, certificate: $certificate, key: $key) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueCertificate($siteId: ID!) {\n    issueCertificate(siteId: $siteId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation IssueCertificate($siteId: ID!) {\n    issueCertificate(siteId: $siteId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeCertificate($siteId: ID!) {\n    revokeCertificate(siteId: $siteId) {\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeCertificate($siteId: ID!) {\n    revokeCertificate(siteId: $siteId) {\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Databases {\n    databases {\n      id\n      name\n      user\n      host\n      port\n      status\n      sizeBytes\n      createdAt\n      restorableUntil\n    }\n  }\n"): (typeof documents)["\n  query Databases {\n    databases {\n      id\n      name\n      user\n      host\n      port\n      status\n      sizeBytes\n      createdAt\n      restorableUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDatabase($input: CreateDatabaseInput!) {\n    createDatabase(input: $input) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDatabase($input: CreateDatabaseInput!) {\n    createDatabase(input: $input) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetDatabasePassword($id: ID!) {\n    resetDatabasePassword(id: $id) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetDatabasePassword($id: ID!) {\n    resetDatabasePassword(id: $id) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDatabase($id: ID!) {\n    deleteDatabase(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDatabase($id: ID!) {\n    deleteDatabase(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreDatabase($id: ID!) {\n    restoreDatabase(id: $id) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreDatabase($id: ID!) {\n    restoreDatabase(id: $id) {\n      password\n      database {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hosts {\n    hosts {\n      id\n      name\n      status\n      os\n      nginxVersion\n      phpVersions\n      tools\n      cpuCores\n      memoryMb\n      diskGb\n      createdAt\n      lastSeenAt\n    }\n  }\n"): (typeof documents)["\n  query Hosts {\n    hosts {\n      id\n      name\n      status\n      os\n      nginxVersion\n      phpVersions\n      tools\n      cpuCores\n      memoryMb\n      diskGb\n      createdAt\n      lastSeenAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHostEnrollment($name: String!) {\n    createHostEnrollment(name: $name) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateHostEnrollment($name: String!) {\n    createHostEnrollment(name: $name) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableHost($id: ID!) {\n    disableHost(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DisableHost($id: ID!) {\n    disableHost(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationProgress {\n    translationProgress {\n      translated\n      total\n      language {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TranslationProgress {\n    translationProgress {\n      translated\n      total\n      language {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TranslationStrings($input: TranslationStringsInput!) {\n    translationStrings(input: $input) {\n      total\n      items {\n        id\n        text\n        context\n        seenIn\n        lastSeenAt\n        isPlural\n        pluralCategories\n        translation\n        pluralForms\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TranslationStrings($input: TranslationStringsInput!) {\n    translationStrings(input: $input) {\n      total\n      items {\n        id\n        text\n        context\n        seenIn\n        lastSeenAt\n        isPlural\n        pluralCategories\n        translation\n        pluralForms\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveTranslation($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      translation\n      pluralForms\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveTranslation($input: SaveTranslationInput!) {\n    saveTranslation(input: $input) {\n      id\n      translation\n      pluralForms\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddLanguage($code: String!, $name: String!) {\n    addLanguage(code: $code, name: $name) {\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AddLanguage($code: String!, $name: String!) {\n    addLanguage(code: $code, name: $name) {\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteImports($siteId: ID!) {\n    siteImports(siteId: $siteId) {\n      id\n      status\n      error\n      files\n      bytes\n      preset\n      settingsFile\n      steps\n      currentStep\n      createdAt\n      finishedAt\n    }\n  }\n"): (typeof documents)["\n  query SiteImports($siteId: ID!) {\n    siteImports(siteId: $siteId) {\n      id\n      status\n      error\n      files\n      bytes\n      preset\n      settingsFile\n      steps\n      currentStep\n      createdAt\n      finishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSite($input: ImportSiteInput!) {\n    importSite(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ImportSite($input: ImportSiteInput!) {\n    importSite(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteMalware($siteId: ID) {\n    malwareFindings(siteId: $siteId) {\n      id\n      path\n      signature\n      status\n      foundAt\n    }\n  }\n"): (typeof documents)["\n  query SiteMalware($siteId: ID) {\n    malwareFindings(siteId: $siteId) {\n      id\n      path\n      signature\n      status\n      foundAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuarantineFile($id: ID!) {\n    quarantineFile(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation QuarantineFile($id: ID!) {\n    quarantineFile(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NginxEditor($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      domain\n      preset\n    }\n    nginxPresets {\n      id\n      name\n      description\n      publicRoot\n      variants {\n        id\n        name\n      }\n    }\n    siteNginxRevisions(siteId: $siteId) {\n      revision\n      preset\n      variant\n      options\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query NginxEditor($siteId: ID!) {\n    site(id: $siteId) {\n      id\n      domain\n      preset\n    }\n    nginxPresets {\n      id\n      name\n      description\n      publicRoot\n      variants {\n        id\n        name\n      }\n    }\n    siteNginxRevisions(siteId: $siteId) {\n      revision\n      preset\n      variant\n      options\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewNginx($siteId: ID!, $input: NginxConfigInput!) {\n    previewNginxConfig(siteId: $siteId, input: $input) {\n      text\n      diff\n      problems {\n        field\n        message\n        severity\n      }\n    }\n  }\n"): (typeof documents)["\n  query PreviewNginx($siteId: ID!, $input: NginxConfigInput!) {\n    previewNginxConfig(siteId: $siteId, input: $input) {\n      text\n      diff\n      problems {\n        field\n        message\n        severity\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSiteNginx($siteId: ID!, $input: NginxConfigInput!) {\n    updateSiteNginx(siteId: $siteId, input: $input) {\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSiteNginx($siteId: ID!, $input: NginxConfigInput!) {\n    updateSiteNginx(siteId: $siteId, input: $input) {\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollbackSiteNginx($siteId: ID!, $revision: Int!) {\n    rollbackSiteNginx(siteId: $siteId, revision: $revision) {\n      revision\n    }\n  }\n"): (typeof documents)["\n  mutation RollbackSiteNginx($siteId: ID!, $revision: Int!) {\n    rollbackSiteNginx(siteId: $siteId, revision: $revision) {\n      revision\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DetectSitePreset($siteId: ID!, $files: [String!]!) {\n    detectSitePreset(siteId: $siteId, files: $files) {\n      preset\n      variant\n      version\n      evidence\n    }\n  }\n"): (typeof documents)["\n  mutation DetectSitePreset($siteId: ID!, $files: [String!]!) {\n    detectSitePreset(siteId: $siteId, files: $files) {\n      preset\n      variant\n      version\n      evidence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProtectedPathUsers($siteId: ID!) {\n    protectedPathUsers(siteId: $siteId) {\n      path\n      usernames\n    }\n  }\n"): (typeof documents)["\n  query ProtectedPathUsers($siteId: ID!) {\n    protectedPathUsers(siteId: $siteId) {\n      path\n      usernames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetProtectedPathUser($siteId: ID!, $input: ProtectedPathUserInput!) {\n    setProtectedPathUser(siteId: $siteId, input: $input) {\n      path\n      usernames\n    }\n  }\n"): (typeof documents)["\n  mutation SetProtectedPathUser($siteId: ID!, $input: ProtectedPathUserInput!) {\n    setProtectedPathUser(siteId: $siteId, input: $input) {\n      path\n      usernames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProtectedPathUser($siteId: ID!, $path: String!, $username: String!) {\n    removeProtectedPathUser(siteId: $siteId, path: $path, username: $username) {\n      path\n      usernames\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveProtectedPathUser($siteId: ID!, $path: String!, $username: String!) {\n    removeProtectedPathUser(siteId: $siteId, path: $path, username: $username) {\n      path\n      usernames\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SitePhp($siteId: ID!) {\n    sitePhp(siteId: $siteId) {\n      versions\n      maxMemoryLimitMb\n      maxUploadMb\n      maxExecutionSeconds\n      timezones\n      current {\n        version\n        memoryLimitMb\n        uploadMaxMb\n        maxExecutionSeconds\n        displayErrors\n        timezone\n      }\n    }\n  }\n"): (typeof documents)["\n  query SitePhp($siteId: ID!) {\n    sitePhp(siteId: $siteId) {\n      versions\n      maxMemoryLimitMb\n      maxUploadMb\n      maxExecutionSeconds\n      timezones\n      current {\n        version\n        memoryLimitMb\n        uploadMaxMb\n        maxExecutionSeconds\n        displayErrors\n        timezone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSitePhp($siteId: ID!, $input: PhpSettingsInput!) {\n    updateSitePhp(siteId: $siteId, input: $input) {\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateSitePhp($siteId: ID!, $input: PhpSettingsInput!) {\n    updateSitePhp(siteId: $siteId, input: $input) {\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerProfile {\n    partnerProfile {\n      code\n      link\n      shareBasisPoints\n      pending {\n        amount\n      }\n      available {\n        amount\n      }\n      requested {\n        amount\n      }\n      paid {\n        amount\n      }\n      payoutMinimum {\n        amount\n      }\n      payouts {\n        id\n        amount {\n          amount\n        }\n        status\n        requestedAt\n        decidedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartnerProfile {\n    partnerProfile {\n      code\n      link\n      shareBasisPoints\n      pending {\n        amount\n      }\n      available {\n        amount\n      }\n      requested {\n        amount\n      }\n      paid {\n        amount\n      }\n      payoutMinimum {\n        amount\n      }\n      payouts {\n        id\n        amount {\n          amount\n        }\n        status\n        requestedAt\n        decidedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferralFigures($from: DateTime!, $to: DateTime!, $groupBy: Period) {\n    referralStats(from: $from, to: $to, groupBy: $groupBy) {\n      totals {\n        clicks\n        signups\n        payingCustomers\n        referredPayments {\n          amount\n        }\n        commissionPending {\n          amount\n        }\n        commissionAvailable {\n          amount\n        }\n        commissionPaid {\n          amount\n        }\n        commissionReversed {\n          amount\n        }\n      }\n      periods {\n        start\n        figures {\n          clicks\n          signups\n          payingCustomers\n          commissionPending {\n            amount\n          }\n          commissionAvailable {\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReferralFigures($from: DateTime!, $to: DateTime!, $groupBy: Period) {\n    referralStats(from: $from, to: $to, groupBy: $groupBy) {\n      totals {\n        clicks\n        signups\n        payingCustomers\n        referredPayments {\n          amount\n        }\n        commissionPending {\n          amount\n        }\n        commissionAvailable {\n          amount\n        }\n        commissionPaid {\n          amount\n        }\n        commissionReversed {\n          amount\n        }\n      }\n      periods {\n        start\n        figures {\n          clicks\n          signups\n          payingCustomers\n          commissionPending {\n            amount\n          }\n          commissionAvailable {\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BecomePartner {\n    becomePartner {\n      code\n    }\n  }\n"): (typeof documents)["\n  mutation BecomePartner {\n    becomePartner {\n      code\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPayout($amount: String!) {\n    requestPayout(amount: $amount) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPayout($amount: String!) {\n    requestPayout(amount: $amount) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerTokens {\n    partnerTokens {\n      id\n      name\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query PartnerTokens {\n    partnerTokens {\n      id\n      name\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerToken($name: String!) {\n    createPartnerToken(name: $name) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnerToken($name: String!) {\n    createPartnerToken(name: $name) {\n      secret\n      token {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePartnerToken($id: ID!) {\n    revokePartnerToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokePartnerToken($id: ID!) {\n    revokePartnerToken(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PayoutRequests {\n    payoutRequests {\n      id\n      partnerEmail\n      amount {\n        amount\n      }\n      status\n      requestedAt\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  query PayoutRequests {\n    payoutRequests {\n      id\n      partnerEmail\n      amount {\n        amount\n      }\n      status\n      requestedAt\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecidePayout($id: ID!, $paid: Boolean!) {\n    decidePayout(id: $id, paid: $paid) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecidePayout($id: ID!, $paid: Boolean!) {\n    decidePayout(id: $id, paid: $paid) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Sites {\n    sites {\n      id\n      domain\n      aliases\n      status\n      createdAt\n      operation {\n        type\n        status\n        attempt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Sites {\n    sites {\n      id\n      domain\n      aliases\n      status\n      createdAt\n      operation {\n        type\n        status\n        attempt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Site($id: ID!) {\n    site(id: $id) {\n      id\n      domain\n      aliases\n      status\n      statusMessage\n      isBlocked\n      preset\n      presetName\n      phpVersion\n      createdAt\n      updatedAt\n      operation {\n        type\n        status\n        attempt\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Site($id: ID!) {\n    site(id: $id) {\n      id\n      domain\n      aliases\n      status\n      statusMessage\n      isBlocked\n      preset\n      presetName\n      phpVersion\n      createdAt\n      updatedAt\n      operation {\n        type\n        status\n        attempt\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      domain\n      aliases\n      status\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateSite($input: CreateSiteInput!) {\n    createSite(input: $input) {\n      id\n      domain\n      aliases\n      status\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteSite($id: ID!) {\n    deleteSite(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteSite($id: ID!) {\n    deleteSite(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScanSiteFiles($id: ID!) {\n    scanSiteFiles(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScanSiteFiles($id: ID!) {\n    scanSiteFiles(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageGraphs($input: UsageQuery!) {\n    usage(input: $input) {\n      metric\n      unit\n      step\n      points {\n        t\n        v\n        max\n      }\n    }\n  }\n"): (typeof documents)["\n  query UsageGraphs($input: UsageQuery!) {\n    usage(input: $input) {\n      metric\n      unit\n      step\n      points {\n        t\n        v\n        max\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UsageBreakdown($accountId: ID!, $metric: String!, $from: DateTime!, $to: DateTime!) {\n    usageBreakdown(accountId: $accountId, metric: $metric, from: $from, to: $to) {\n      siteId\n      domain\n      value\n    }\n  }\n"): (typeof documents)["\n  query UsageBreakdown($accountId: ID!, $metric: String!, $from: DateTime!, $to: DateTime!) {\n    usageBreakdown(accountId: $accountId, metric: $metric, from: $from, to: $to) {\n      siteId\n      domain\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HeaviestAccounts($hostId: ID!, $metric: String!, $from: DateTime!, $to: DateTime!) {\n    heaviestAccounts(hostId: $hostId, metric: $metric, from: $from, to: $to) {\n      siteId\n      domain\n      value\n    }\n  }\n"): (typeof documents)["\n  query HeaviestAccounts($hostId: ID!, $metric: String!, $from: DateTime!, $to: DateTime!) {\n    heaviestAccounts(hostId: $hostId, metric: $metric, from: $from, to: $to) {\n      siteId\n      domain\n      value\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;