namespace Ipmi.Lan.Rakp;

/// <summary>RMCP+ and RAKP message status codes, IPMI v2.0 §13.24, Table 13-15.</summary>
public enum RmcpPlusStatus : byte
{
    NoErrors = 0x00,
    InsufficientResources = 0x01,
    InvalidSessionId = 0x02,
    InvalidPayloadType = 0x03,
    InvalidAuthenticationAlgorithm = 0x04,
    InvalidIntegrityAlgorithm = 0x05,
    NoMatchingAuthenticationPayload = 0x06,
    NoMatchingIntegrityPayload = 0x07,
    InactiveSessionId = 0x08,
    InvalidRole = 0x09,
    UnauthorizedRole = 0x0A,
    InsufficientResourcesForRole = 0x0B,
    InvalidNameLength = 0x0C,
    UnauthorizedName = 0x0D,
    UnauthorizedGuid = 0x0E,
    InvalidIntegrityCheckValue = 0x0F,
    InvalidConfidentialityAlgorithm = 0x10,
    NoCipherSuiteMatch = 0x11,
    IllegalParameter = 0x12,
}
