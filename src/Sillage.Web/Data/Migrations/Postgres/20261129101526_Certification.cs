using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sillage.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Certification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CertificationDossiers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    BlockId = table.Column<Guid>(type: "uuid", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CertificationDossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CertificationDossiers_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CertificationDossiers_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CertificationDossiers_FrameworkElements_BlockId",
                        column: x => x.BlockId,
                        principalTable: "FrameworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExamSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    BlockId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    StartsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    AnonymizeCandidates = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedById = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamSessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamSessions_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExamSessions_FrameworkElements_BlockId",
                        column: x => x.BlockId,
                        principalTable: "FrameworkElements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubmissionRequirements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    MinItems = table.Column<int>(type: "integer", nullable: false),
                    MinTracesPerCompetence = table.Column<int>(type: "integer", nullable: false),
                    IncludeDetailedCompetences = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedById = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubmissionRequirements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubmissionRequirements_Cohorts_CohortId",
                        column: x => x.CohortId,
                        principalTable: "Cohorts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierComments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReplyToId = table.Column<Guid>(type: "uuid", nullable: true),
                    Body = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierComments_AspNetUsers_AuthorId",
                        column: x => x.AuthorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DossierComments_CertificationDossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "CertificationDossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ReferenceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    StorageKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    ContentType = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: true),
                    Size = table.Column<long>(type: "bigint", nullable: true),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierItems_CertificationDossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "CertificationDossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DossierSnapshots",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CohortId = table.Column<Guid>(type: "uuid", nullable: false),
                    BlockId = table.Column<Guid>(type: "uuid", nullable: false),
                    BlockCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PdfStorageKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PdfSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DossierSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DossierSnapshots_CertificationDossiers_DossierId",
                        column: x => x.DossierId,
                        principalTable: "CertificationDossiers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamCandidates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    LearnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MaskedPdfKey = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    MaskedPdfSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamCandidates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamCandidates_AspNetUsers_LearnerId",
                        column: x => x.LearnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExamCandidates_ExamSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "ExamSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamJurors",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamJurors", x => new { x.SessionId, x.PersonId });
                    table.ForeignKey(
                        name: "FK_ExamJurors_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ExamJurors_ExamSessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "ExamSessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JuryEvaluations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CandidateId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OverallComment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Decision = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JuryEvaluations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JuryEvaluations_AspNetUsers_JurorId",
                        column: x => x.JurorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JuryEvaluations_ExamCandidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "ExamCandidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JuryEvaluationLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    EvaluationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ElementId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JuryEvaluationLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JuryEvaluationLines_JuryEvaluations_EvaluationId",
                        column: x => x.EvaluationId,
                        principalTable: "JuryEvaluations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CertificationDossiers_BlockId",
                table: "CertificationDossiers",
                column: "BlockId");

            migrationBuilder.CreateIndex(
                name: "IX_CertificationDossiers_CohortId_Status",
                table: "CertificationDossiers",
                columns: new[] { "CohortId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CertificationDossiers_LearnerId_CohortId_BlockId",
                table: "CertificationDossiers",
                columns: new[] { "LearnerId", "CohortId", "BlockId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DossierComments_AuthorId",
                table: "DossierComments",
                column: "AuthorId");

            migrationBuilder.CreateIndex(
                name: "IX_DossierComments_DossierId_CreatedAt",
                table: "DossierComments",
                columns: new[] { "DossierId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierItems_DossierId_Kind_ReferenceId",
                table: "DossierItems",
                columns: new[] { "DossierId", "Kind", "ReferenceId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierSnapshots_DossierId",
                table: "DossierSnapshots",
                column: "DossierId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DossierSnapshots_Fingerprint",
                table: "DossierSnapshots",
                column: "Fingerprint");

            migrationBuilder.CreateIndex(
                name: "IX_DossierSnapshots_LearnerId_BlockId",
                table: "DossierSnapshots",
                columns: new[] { "LearnerId", "BlockId" });

            migrationBuilder.CreateIndex(
                name: "IX_DossierSnapshots_PdfSha256",
                table: "DossierSnapshots",
                column: "PdfSha256");

            migrationBuilder.CreateIndex(
                name: "IX_ExamCandidates_LearnerId",
                table: "ExamCandidates",
                column: "LearnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamCandidates_MaskedPdfSha256",
                table: "ExamCandidates",
                column: "MaskedPdfSha256");

            migrationBuilder.CreateIndex(
                name: "IX_ExamCandidates_SessionId_LearnerId",
                table: "ExamCandidates",
                columns: new[] { "SessionId", "LearnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamCandidates_SessionId_Number",
                table: "ExamCandidates",
                columns: new[] { "SessionId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamJurors_PersonId",
                table: "ExamJurors",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamSessions_BlockId",
                table: "ExamSessions",
                column: "BlockId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamSessions_CohortId_StartsAt",
                table: "ExamSessions",
                columns: new[] { "CohortId", "StartsAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JuryEvaluationLines_EvaluationId",
                table: "JuryEvaluationLines",
                column: "EvaluationId");

            migrationBuilder.CreateIndex(
                name: "IX_JuryEvaluations_CandidateId_JurorId",
                table: "JuryEvaluations",
                columns: new[] { "CandidateId", "JurorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JuryEvaluations_JurorId",
                table: "JuryEvaluations",
                column: "JurorId");

            migrationBuilder.CreateIndex(
                name: "IX_SubmissionRequirements_CohortId",
                table: "SubmissionRequirements",
                column: "CohortId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DossierComments");

            migrationBuilder.DropTable(
                name: "DossierItems");

            migrationBuilder.DropTable(
                name: "DossierSnapshots");

            migrationBuilder.DropTable(
                name: "ExamJurors");

            migrationBuilder.DropTable(
                name: "JuryEvaluationLines");

            migrationBuilder.DropTable(
                name: "SubmissionRequirements");

            migrationBuilder.DropTable(
                name: "CertificationDossiers");

            migrationBuilder.DropTable(
                name: "JuryEvaluations");

            migrationBuilder.DropTable(
                name: "ExamCandidates");

            migrationBuilder.DropTable(
                name: "ExamSessions");
        }
    }
}
