import { graphql } from '../../gql';

export const ACCESS = graphql(`
  query Access {
    accessInfo {
      host
      user
      shell
      home
      sites {
        domain
        path
      }
    }
    sshKeys {
      id
      type
      bits
      fingerprint
      comment
      createdAt
    }
    accessChangesPending
  }
`);

export const ADD_SSH_KEY = graphql(`
  mutation AddSshKey($input: AddSshKeyInput!) {
    addSshKey(input: $input) {
      id
      fingerprint
    }
  }
`);

export const REMOVE_SSH_KEY = graphql(`
  mutation RemoveSshKey($id: ID!) {
    removeSshKey(id: $id)
  }
`);

export const SET_SHELL_ACCESS = graphql(`
  mutation SetShellAccess($shell: ShellAccess!) {
    setShellAccess(shell: $shell) {
      shell
    }
  }
`);

export const CRON_JOBS = graphql(`
  query CronJobs {
    cronJobs {
      id
      schedule
      command
      isEnabled
      lastRunAt
      lastExitCode
      lastOutput
      preview {
        description
      }
    }
    accessChangesPending
  }
`);

export const CRON_PREVIEW = graphql(`
  query CronPreview($schedule: String!) {
    cronSchedulePreview(schedule: $schedule) {
      isValid
      description
      nextRuns
    }
  }
`);

export const CREATE_CRON_JOB = graphql(`
  mutation CreateCronJob($input: CronJobInputType!) {
    createCronJob(input: $input) {
      id
    }
  }
`);

export const UPDATE_CRON_JOB = graphql(`
  mutation UpdateCronJob($id: ID!, $input: CronJobInputType!) {
    updateCronJob(id: $id, input: $input) {
      id
      isEnabled
    }
  }
`);

export const DELETE_CRON_JOB = graphql(`
  mutation DeleteCronJob($id: ID!) {
    deleteCronJob(id: $id)
  }
`);
