namespace ClientStor.Api.Platform.Files;

/// <summary>
/// Endpoint metadata: the request body is a file's bytes (any Content-Type; the upload guard decides what they are). Its
/// size limit is <c>ClientStor:Uploads:MaxFileBytes</c> instead of the API's small default, and the OpenAPI document
/// declares a binary body.
/// </summary>
public sealed class FileUploadBody
{
    public static readonly FileUploadBody Instance = new();
}

/// <summary>Endpoint metadata: the response is a file's bytes (the OpenAPI document declares a binary 200 and 206).</summary>
public sealed class FileDownloadResponse(string contentType = "application/octet-stream")
{
    public string ContentType { get; } = contentType;
}
