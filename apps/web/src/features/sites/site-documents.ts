import { graphql } from '../../gql';

export const SITES = graphql(`
  query Sites {
    sites {
      id
      domain
      aliases
      status
      createdAt
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
      preset
      createdAt
      updatedAt
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
