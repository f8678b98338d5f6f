using Ipmi.Protocol;
using Ipmi.Protocol.App;
using Ipmi.Protocol.Commands;
using Oem.Platform;

namespace Oem.Handlers.App;

/// <summary>
/// The App commands that describe the management controller itself: Get Device ID (IPMI v2.0 §20.1),
/// Get Self Test Results (§20.4), Get Device GUID (§20.8) and Get System GUID (§22.14, allowed before a
/// session as §13.14 permits). Values come from the platform profile.
/// </summary>
public sealed class DeviceIdentityCommands(PlatformIdentity identity, AdditionalDeviceSupport support) : ICommandSource
{
    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.App, GetDeviceId.Command, PrivilegeLevel.User, GetDeviceIdAsync),
        new(NetFn.App, GetSelfTestResultsResponse.Command, PrivilegeLevel.User, GetSelfTestResultsAsync),
        new(NetFn.App, GetGuidResponse.DeviceGuidCommand, PrivilegeLevel.User, GetDeviceGuidAsync),
        new(NetFn.App, GetGuidResponse.SystemGuidCommand, PrivilegeLevel.User, GetSystemGuidAsync) { SessionlessAllowed = true },
    ];

    private readonly GetDeviceIdResponse _deviceId = new()
    {
        DeviceId = identity.DeviceId,
        DeviceRevision = identity.DeviceRevision,
        DeviceAvailable = true,
        FirmwareMajor = identity.ParsedFirmwareVersion.Major,
        FirmwareMinor = identity.ParsedFirmwareVersion.Minor,
        IpmiVersion = 0x02, // IPMI 2.0, BCD with the major version in the low nibble (§20.1)
        Support = support,
        ManufacturerId = identity.ManufacturerId,
        ProductId = identity.ProductId,
        AuxiliaryFirmwareRevision = identity.AuxFirmwareRevision,
    };

    private ValueTask<CommandResult> GetDeviceIdAsync(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken) =>
        Respond(request, _deviceId.WriteTo(response.Span));

    private static ValueTask<CommandResult> GetSelfTestResultsAsync(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken) =>
        Respond(request, new GetSelfTestResultsResponse(GetSelfTestResultsResponse.NoError, 0).WriteTo(response.Span));

    private ValueTask<CommandResult> GetDeviceGuidAsync(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken) =>
        Respond(request, new GetGuidResponse(identity.DeviceGuid ?? identity.SystemGuid).WriteTo(response.Span));

    private ValueTask<CommandResult> GetSystemGuidAsync(CommandContext context, ReadOnlyMemory<byte> request, Memory<byte> response, CancellationToken cancellationToken) =>
        Respond(request, new GetGuidResponse(identity.SystemGuid).WriteTo(response.Span));

    /// <summary>These commands take no request data; any is a length error (§5.2, 0xC7).</summary>
    private static ValueTask<CommandResult> Respond(ReadOnlyMemory<byte> request, int length) =>
        ValueTask.FromResult(request.IsEmpty ? CommandResult.Ok(length) : CommandResult.Error(CompletionCode.RequestDataLengthInvalid));
}
