// What every module uses, imported once (modules import each other's namespaces themselves; Platform never imports a feature).
global using ClientStor.Api.Platform.Auditing;
global using ClientStor.Api.Platform.Authorization;
global using ClientStor.Api.Platform.Data;
global using ClientStor.Api.Platform.Endpoints;
global using ClientStor.Api.Platform.Errors;
global using ClientStor.Api.Platform.OpenApi;
global using ClientStor.Api.Platform.Paging;
global using ClientStor.Api.Platform.Search;
global using ClientStor.Api.Platform.Tenancy;
global using FastEndpoints;
global using FluentValidation;
global using Microsoft.EntityFrameworkCore;
