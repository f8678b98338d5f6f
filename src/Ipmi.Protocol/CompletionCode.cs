namespace Ipmi.Protocol;

/// <summary>
/// Completion codes, IPMI v2.0 §5.2, Table 5-2 (generic) plus the command-specific codes this
/// product returns, named after the command that defines them.
/// </summary>
public enum CompletionCode : byte
{
    Normal = 0x00,

    // Command-specific range 0x80-0xBE; meanings depend on the command (see each command's table).
    /// <summary>Set Session Privilege Level: requested level not available for this user (§22.18). Close Session: invalid session ID (0x87).</summary>
    CommandSpecific80 = 0x80,
    CommandSpecific81 = 0x81,
    CommandSpecific82 = 0x82,
    CommandSpecific83 = 0x83,
    CommandSpecific84 = 0x84,
    CommandSpecific85 = 0x85,
    CommandSpecific86 = 0x86,
    CommandSpecific87 = 0x87,
    CommandSpecific88 = 0x88,

    NodeBusy = 0xC0,
    InvalidCommand = 0xC1,
    InvalidCommandForLun = 0xC2,
    Timeout = 0xC3,
    OutOfSpace = 0xC4,
    ReservationCanceled = 0xC5,
    RequestDataTruncated = 0xC6,
    RequestDataLengthInvalid = 0xC7,
    RequestDataFieldLengthExceeded = 0xC8,
    ParameterOutOfRange = 0xC9,
    CannotReturnRequestedBytes = 0xCA,
    RequestedDataNotPresent = 0xCB,
    InvalidDataField = 0xCC,
    CommandIllegalForSensorOrRecordType = 0xCD,
    ResponseUnavailable = 0xCE,
    DuplicatedRequest = 0xCF,
    SdrRepositoryInUpdateMode = 0xD0,
    FirmwareInUpdateMode = 0xD1,
    BmcInitializing = 0xD2,
    DestinationUnavailable = 0xD3,
    InsufficientPrivilege = 0xD4,
    NotSupportedInPresentState = 0xD5,
    SubFunctionDisabled = 0xD6,
    Unspecified = 0xFF,
}
