namespace ClientStor.Api.Features.Docs;

/// <summary>A starting point for a new article: a built-in one (by key) or an article of the organisation marked as a template.</summary>
public sealed class ArticleTemplateResponse
{
    /// <summary>The built-in template's key, or null for an organisation's own template article.</summary>
    public required string? Key { get; set; }
    /// <summary>The template article's id, or null for a built-in template.</summary>
    public required Guid? ArticleId { get; set; }
    public required string Title { get; set; }
    public required string Description { get; set; }
    public required string Body { get; set; }
}

/// <summary>The templates every organisation has: what an MSP writes for each new client.</summary>
public static class BuiltInArticleTemplates
{
    public sealed record Template(string Key, string Title, string Description, string Body);

    public static readonly IReadOnlyList<Template> All =
    [
        new("client-onboarding", "New client onboarding", "The checklist for taking on a new client, from contract to handover.", """
            # New client onboarding

            ## Contract and contacts
            - [ ] Signed agreement filed
            - [ ] Primary and billing contacts recorded as contacts
            - [ ] Escalation contact and hours agreed

            ## Access
            - [ ] Admin credentials collected into the vault (domain, firewall, Microsoft 365, registrar)
            - [ ] MFA for every admin account
            - [ ] Remote access tool deployed

            ## Network
            | Item | Value |
            | --- | --- |
            | ISP and circuit id | |
            | Public IP addresses | |
            | Firewall model | |
            | Wi-Fi networks | |

            ## Assets
            - [ ] Discovery scan imported
            - [ ] Servers, switches and firewalls documented with their locations
            - [ ] Warranties recorded

            ## Handover
            - [ ] Runbooks for backups and patching written
            - [ ] Client walked through the portal
            """),
        new("runbook", "Runbook", "A repeatable procedure: when to run it, the steps, how to check it worked.", """
            # Runbook: <task>

            **When:** <trigger or schedule>
            **Takes:** <time>  **Risk:** <low / medium / high>

            ## Before you start
            - Credentials needed:
            - Maintenance window agreed with:

            ## Steps
            1.
            2.
            3.

            ## Check it worked
            -

            ## Roll back
            -
            """),
        new("network-overview", "Network overview", "How the client's network is built: sites, circuits, VLANs, firewalls.", """
            # Network overview

            ## Sites and circuits
            | Site | ISP | Circuit | Bandwidth | Public IPs |
            | --- | --- | --- | --- | --- |
            | | | | | |

            ## VLANs
            | VLAN | Name | Subnet | Purpose |
            | --- | --- | --- | --- |
            | | | | |

            ## Firewall rules worth knowing
            -

            ## Remote access
            -
            """),
        new("vendor", "Vendor", "A supplier the client depends on: account numbers, support lines, contract terms.", """
            # Vendor: <name>

            | | |
            | --- | --- |
            | Account number | |
            | Support phone | |
            | Support portal | |
            | Contract ends | |

            ## How to open a case
            1.

            ## Notes
            -
            """),
    ];

    public static Template? Find(string key) => All.FirstOrDefault(t => t.Key == key);
}
