import { graphql } from '../../gql';

export const SITES = graphql(`
  query Sites {
    sites {
      id
      domain
      aliases
      status
      createdAt
      operation {
        type
        status
        attempt
      }
    }
  }
`);

export const SITE = graphql(`
  query Site($id: ID!) {
    site(id: $id) {
      id
      domain
      aliases
      status
      statusMessage
      isBlocked
      preset
      presetName
      phpVersion
      createdAt
      updatedAt
      operation {
        type
        status
        attempt
        createdAt
      }
    }
  }
`);

export const CREATE_SITE = graphql(`
  mutation CreateSite($input: CreateSiteInput!) {
    createSite(input: $input) {
      id
      domain
      aliases
      status
      createdAt
    }
  }
`);

export const DELETE_SITE = graphql(`
  mutation DeleteSite($id: ID!) {
    deleteSite(id: $id) {
      id
      status
    }
  }
`);

export const SCAN_SITE_FILES = graphql(`
  mutation ScanSiteFiles($id: ID!) {
    scanSiteFiles(id: $id) {
      id
    }
  }
`);
