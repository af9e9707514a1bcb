import { graphql } from '../../gql';

export const DATABASES = graphql(`
  query Databases {
    databases {
      id
      name
      user
      host
      port
      status
      sizeBytes
      createdAt
      restorableUntil
    }
  }
`);

export const CREATE_DATABASE = graphql(`
  mutation CreateDatabase($input: CreateDatabaseInput!) {
    createDatabase(input: $input) {
      password
      database {
        id
        name
      }
    }
  }
`);

export const RESET_DATABASE_PASSWORD = graphql(`
  mutation ResetDatabasePassword($id: ID!) {
    resetDatabasePassword(id: $id) {
      password
      database {
        id
        name
      }
    }
  }
`);

export const DELETE_DATABASE = graphql(`
  mutation DeleteDatabase($id: ID!) {
    deleteDatabase(id: $id) {
      id
      status
    }
  }
`);

export const RESTORE_DATABASE = graphql(`
  mutation RestoreDatabase($id: ID!) {
    restoreDatabase(id: $id) {
      password
      database {
        id
        name
      }
    }
  }
`);
