using System.Text.Json.Serialization;

namespace Oem.State;

/// <summary>Source-generated JSON for the state files (the Oem assembly is AOT-compatible, so no reflection).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BootOptionsState))]
[JsonSerializable(typeof(ChassisPolicyState))]
[JsonSerializable(typeof(DcmiIdentityState))]
[JsonSerializable(typeof(PohState))]
[JsonSerializable(typeof(PowerLimitState))]
[JsonSerializable(typeof(PowerState))]
[JsonSerializable(typeof(SystemInfoState))]
[JsonSerializable(typeof(SelState))]
[JsonSerializable(typeof(SensorSettingsState))]
[JsonSerializable(typeof(SelClockState))]
public sealed partial class StateJsonContext : JsonSerializerContext;
