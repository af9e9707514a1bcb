import { graphql } from '../../gql';

export const NGINX_EDITOR = graphql(`
  query NginxEditor($siteId: ID!) {
    site(id: $siteId) {
      id
      domain
      preset
    }
    nginxPresets {
      id
      name
      description
      publicRoot
      variants {
        id
        name
      }
    }
    siteNginxRevisions(siteId: $siteId) {
      revision
      preset
      variant
      options
      createdAt
    }
  }
`);

export const PREVIEW_NGINX = graphql(`
  query PreviewNginx($siteId: ID!, $input: NginxConfigInput!) {
    previewNginxConfig(siteId: $siteId, input: $input) {
      text
      diff
      problems {
        field
        message
        severity
      }
    }
  }
`);

export const UPDATE_NGINX = graphql(`
  mutation UpdateSiteNginx($siteId: ID!, $input: NginxConfigInput!) {
    updateSiteNginx(siteId: $siteId, input: $input) {
      revision
    }
  }
`);

export const ROLLBACK_NGINX = graphql(`
  mutation RollbackSiteNginx($siteId: ID!, $revision: Int!) {
    rollbackSiteNginx(siteId: $siteId, revision: $revision) {
      revision
    }
  }
`);

export const DETECT_PRESET = graphql(`
  mutation DetectSitePreset($siteId: ID!, $files: [String!]!) {
    detectSitePreset(siteId: $siteId, files: $files) {
      preset
      variant
      version
      evidence
    }
  }
`);

export const PROTECTED_PATH_USERS = graphql(`
  query ProtectedPathUsers($siteId: ID!) {
    protectedPathUsers(siteId: $siteId) {
      path
      usernames
    }
  }
`);

export const SET_PROTECTED_PATH_USER = graphql(`
  mutation SetProtectedPathUser($siteId: ID!, $input: ProtectedPathUserInput!) {
    setProtectedPathUser(siteId: $siteId, input: $input) {
      path
      usernames
    }
  }
`);

export const REMOVE_PROTECTED_PATH_USER = graphql(`
  mutation RemoveProtectedPathUser($siteId: ID!, $path: String!, $username: String!) {
    removeProtectedPathUser(siteId: $siteId, path: $path, username: $username) {
      path
      usernames
    }
  }
`);
