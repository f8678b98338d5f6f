using Ipmi.Protocol;
using Ipmi.Protocol.Commands;

namespace Oem.Tests.PassThrough;

/// <summary>Runs one registered command the way the LAN dispatcher would, for an administrator session.</summary>
internal static class Forwarding
{
    public static readonly CommandContext Admin = new(0x1234, PrivilegeLevel.Administrator, 2, 1);

    public static async Task<(CompletionCode Code, byte[] Data)> RunAsync(IEnumerable<CommandRegistration> commands, CommandKey key, params byte[] request)
    {
        var registration = commands.Single(c => c.Key == key);
        var response = new byte[CommandRegistration.MaxResponseData];
        var result = await registration.Handler(Admin, request, response, CancellationToken.None);
        return (result.Code, response[..result.DataLength]);
    }
}
